package io.mqharness.conformance.adapter;

import java.util.List;
import java.util.Set;

/**
 * One client under test, behind the smallest interface the scenarios need. Every operation either
 * returns its result or throws {@link ClientFailure} with the error in one neutral form; "no
 * message" is an empty list, however the client signals it. An adapter talks to one endpoint, given
 * once by {@link #connect}.
 */
public interface MqClientAdapter extends AutoCloseable {
  /**
   * The client's name in reports: {@code reference}, {@code java-sdk}, {@code node-sdk}, {@code
   * python-sdk}, {@code cmd:...}.
   */
  String name();

  /** What the client can do; scenarios needing more are skipped for it. */
  Set<Capability> capabilities();

  void connect(Endpoint endpoint);

  PublishResult publish(PublishCommand command);

  /** Normal consume, or orderly consume when {@code command.orderly()}. */
  List<ReceivedMessage> consume(ConsumeCommand command);

  void ack(AckCommand command);

  /** Half messages whose check immunity ended ({@code trans=pop}). */
  List<ReceivedMessage> consumeHalf(ConsumeCommand command);

  void commit(AckCommand command);

  void rollback(AckCommand command);

  @Override
  void close();
}
