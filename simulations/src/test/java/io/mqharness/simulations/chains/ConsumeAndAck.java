package io.mqharness.simulations.chains;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulations.faults.Operation;
import io.mqharness.simulations.requests.MqRequests;
import java.util.function.Function;

/**
 * One long poll of a consumer (SPEC §2.6, §6.1) and, when it brought messages, the ack of the whole
 * batch (SPEC §4.5) in the {@link Groups#SETTLE} group. A poll that brings nothing (404 {@code
 * MessageNotExist}) is no KO.
 */
public final class ConsumeAndAck {
  private ConsumeAndAck() {}

  /**
   * Consume ({@code consume}) and ack ({@code ack}) on the normal stream. {@code onBatch} sees the
   * session with the batch under {@link Messages#MESSAGES} and its handles under {@link
   * Messages#HANDLES}, before the ack; {@code afterAck} sees it after the ack (failed when the ack
   * was a KO).
   */
  public static ChainBuilder consumeAndAck(
      MqRequests on,
      Recording recording,
      Function<Session, Session> onBatch,
      Function<Session, Session> afterAck) {
    return poll(on.consume("consume"), on, "ack", recording, onBatch, afterAck);
  }

  /** As {@link #consumeAndAck} with nothing to do after the ack. */
  public static ChainBuilder consumeAndAck(
      MqRequests on, Recording recording, Function<Session, Session> onBatch) {
    return consumeAndAck(on, recording, onBatch, Function.identity());
  }

  /**
   * As {@link #consumeAndAck}, on the ordered stream ({@code trans=order}, SPEC §6.3): {@code
   * consume ordered}.
   */
  public static ChainBuilder consumeOrderedAndAck(
      MqRequests on, Recording recording, Function<Session, Session> onBatch) {
    return poll(
        on.consumeOrdered("consume ordered"),
        on,
        "ack ordered",
        recording,
        onBatch,
        Function.identity());
  }

  private static ChainBuilder poll(
      HttpRequestActionBuilder consume,
      MqRequests on,
      String ackName,
      Recording recording,
      Function<Session, Session> onBatch,
      Function<Session, Session> afterAck) {
    return exec(Messages::beforePoll)
        .exec(recording.send(Operation.CONSUME, consume, 200, 404))
        .doIf(Messages::received)
        .then(
            exec(session ->
                    onBatch.apply(
                        session.set(
                            Messages.HANDLES,
                            MqRequests.handles(
                                session.<ConsumedMessage>getList(Messages.MESSAGES)))))
                .exec(group(Groups.SETTLE).on(Ack.ack(on, ackName, recording)))
                .exec(afterAck));
  }
}
