package io.mqharness.simulations.warmup;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.properties.MessageProperties;
import io.mqharness.simulations.requests.MqRequests;
import io.mqharness.simulations.requests.ProtocolBodies;
import io.mqharness.simulations.settings.HarnessSettings;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one warm-up user does, built from the run's own requests (same target, signer and connection
 * pool) made {@code silent()}: Gatling leaves silent requests out of its statistics, report and
 * assertions, and does not mark the session failed. Each request is timed into a {@link
 * WarmUpRecorder}; every message carries {@link WarmUpMessages#PROPERTY}. Session keys start with
 * {@code warmUp} except the requests' own ({@code body}, {@code publishBytes}, {@code published},
 * {@code messages}).
 */
public final class WarmUpChains {
  private static final String STATUS = "warmUpStatus";
  private static final String STARTED = "warmUpStartedNanos";
  private static final String HANDLES = "warmUpHandles";

  private final HarnessSettings settings;
  private final MqRequests requests;
  private final WarmUpRecorder recorder;
  private final AtomicLong sequence = new AtomicLong();

  public WarmUpChains(HarnessSettings settings, MqRequests requests, WarmUpRecorder recorder) {
    this.settings = settings;
    this.requests = requests;
    this.recorder = recorder;
  }

  /** A warm-up user publishes one normal message. */
  public WarmUpLoad publishes() {
    return new WarmUpLoad(
        exec(session -> message(session, false))
            .exec(timed(requests.publish("warm-up publish"), 201)),
        "publishes one message");
  }

  /**
   * A warm-up user publishes one normal message, consumes one batch of {@code mq.batchSize}
   * (waiting up to {@code mq.waitSeconds}) and acks what it received, so that little is left for
   * the measured consumers.
   */
  public WarmUpLoad publishesConsumesAndAcks() {
    ChainBuilder chain =
        exec(session -> message(session, false))
            .exec(timed(requests.publish("warm-up publish"), 201))
            .exec(session -> session.remove("messages"))
            .exec(timed(requests.consume("warm-up consume"), 200, 404))
            .doIf(session -> session.contains("messages") && !session.getList("messages").isEmpty())
            .then(
                exec(session ->
                        session.set(
                            HANDLES,
                            MqRequests.handles(session.<ConsumedMessage>getList("messages"))))
                    .exec(timed(requests.ack("warm-up ack", HANDLES), 204)));
    return new WarmUpLoad(chain, "publishes one message, consumes a batch and acks it");
  }

  /**
   * A warm-up user publishes one half message and rolls it back at once with its publish handle
   * (SPEC §6.5 rule 3), so that no checker of the measured load is ever offered it.
   */
  public WarmUpLoad publishesHalfMessagesAndRollsThemBack() {
    ChainBuilder chain =
        exec(session -> message(session, true).remove("published"))
            .exec(timed(requests.publish("warm-up publish half"), 201))
            .doIf(session -> session.contains("published"))
            .then(
                exec(session ->
                        session.set(
                            HANDLES,
                            List.of(session.<PublishResponse>get("published").receiptHandle())))
                    .exec(timed(requests.rollback("warm-up rollback", HANDLES), 204)));
    return new WarmUpLoad(chain, "publishes one half message and rolls it back");
  }

  private ChainBuilder timed(HttpRequestActionBuilder request, Integer... expected) {
    Set<Integer> ok = Set.of(expected);
    return exec(session -> session.remove(STATUS).set(STARTED, System.nanoTime()))
        .exec(request.silent().check(status().saveAs(STATUS)))
        .exec(
            session -> {
              long millis = (System.nanoTime() - session.getLong(STARTED)) / 1_000_000;
              recorder.record(
                  millis, session.contains(STATUS) && ok.contains(session.getInt(STATUS)));
              return session;
            });
  }

  private Session message(Session session, boolean half) {
    String body = body(sequence.incrementAndGet());
    MessageProperties properties =
        MessageProperties.empty()
            .with(ProtocolBodies.SENT_AT, String.valueOf(System.currentTimeMillis()))
            .with(WarmUpMessages.PROPERTY, "true");
    if (half) {
      properties =
          properties.with(
              MessageProperties.TRANS_CHECK_IMMUNITY_TIME,
              String.valueOf(settings.checkImmunitySeconds()));
    }
    return session
        .set("body", body)
        .set("publishBytes", ProtocolBodies.publish(body, null, properties));
  }

  private String body(long n) {
    StringBuilder body = new StringBuilder("warm-up ").append(n).append(' ');
    while (body.length() < settings.messageSize()) {
      body.append('w');
    }
    return body.substring(0, Math.max(1, Math.min(body.length(), settings.messageSize())));
  }
}
