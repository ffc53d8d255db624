package io.mqharness.mock.engine;

import io.mqharness.mock.engine.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * The protocol engine: instances, topics, groups, messages, receipt handles and timers, with no HTTP in it.
 * All time comes from the {@link Clock} it is given. Thread-safe; a consume that has to wait completes its
 * future later, from a publish, a commit, a visibility timer or the wait's own expiry.
 */
public final class BrokerEngine {
  private final Clock clock;
  private final EngineSettings settings;

  public BrokerEngine(Clock clock, EngineSettings settings) {
    this.clock = clock;
    this.settings = settings;
  }

  public EngineSettings settings() {
    return settings;
  }

  public PublishOutcome publish(TopicRef topic, NewMessage message) {
    throw new UnsupportedOperationException("not yet built");
  }

  public CompletableFuture<ConsumeOutcome> consume(ConsumeRequest request) {
    throw new UnsupportedOperationException("not yet built");
  }

  public AckOutcome ack(AckRequest request) {
    throw new UnsupportedOperationException("not yet built");
  }

  /** Declares a topic (needed before use in strict mode). */
  public void declareTopic(TopicRef topic) {
    throw new UnsupportedOperationException("not yet built");
  }

  /** Forgets every message, group and declared topic; waiting consumers get {@link NoMessage}. */
  public void reset() {
    throw new UnsupportedOperationException("not yet built");
  }
}
