package io.mqharness.mock.engine;

import io.mqharness.mock.engine.ConsumeOutcome.Delivered;
import io.mqharness.mock.engine.ConsumeOutcome.NoMessage;
import io.mqharness.mock.engine.observe.EngineCounters;
import io.mqharness.mock.engine.observe.EngineSnapshot;
import io.mqharness.mock.engine.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The protocol engine: instances, topics, groups, messages, receipt handles and timers, with no HTTP in it.
 * All time comes from the {@link Clock} it is given. Thread-safe; a consume that has to wait completes its
 * future later, from a publish, a commit, a visibility timer or the wait's own expiry.
 */
public final class BrokerEngine {
  private final EngineSettings settings;
  private final EngineContext ctx;
  private final EngineCore core;
  private final PublishOp publishOp;
  private final ConsumeOp consumeOp;
  private final AckOp ackOp;
  private final LongPolls longPolls;
  private final SnapshotOp snapshotOp;

  public BrokerEngine(Clock clock, EngineSettings settings) {
    this.settings = settings;
    this.ctx = new EngineContext(clock, settings);
    this.core = new EngineCore(ctx);
    Retention retention = new Retention(ctx);
    Deadlines deadlines = new Deadlines(ctx, retention);
    this.publishOp = new PublishOp(ctx, deadlines, retention);
    this.consumeOp = new ConsumeOp(ctx, deadlines);
    this.ackOp = new AckOp(ctx, deadlines);
    this.longPolls = new LongPolls(ctx, core, consumeOp);
    this.snapshotOp = new SnapshotOp(ctx);
    core.serveWaitersWith(longPolls::serve);
  }

  public EngineSettings settings() {
    return settings;
  }

  public PublishOutcome publish(TopicRef topic, NewMessage message) {
    String bodyMd5 = PublishOp.bodyMd5(message);
    return core.locked(() -> publishOp.publish(topic, message, bodyMd5));
  }

  /**
   * Answers at once when messages are deliverable or {@code waitTime} is zero; otherwise the future completes
   * when a message becomes deliverable or with {@link NoMessage} when the wait ends on the engine's clock.
   * Cancelling the future withdraws the wait (and fails if messages were already handed to it).
   */
  public CompletableFuture<ConsumeOutcome> consume(ConsumeRequest request) {
    return core.locked(() -> {
      Optional<Rejected> invalid = consumeOp.check(request);
      if (invalid.isPresent()) {
        return CompletableFuture.completedFuture(invalid.get());
      }
      Optional<Topic> topic = ctx.topic(request.topic());
      if (topic.isEmpty()) {
        return CompletableFuture.completedFuture(ctx.topicNotExist(request.topic()));
      }
      List<Delivery> taken = consumeOp.take(topic.get(), request);
      if (!taken.isEmpty()) {
        return CompletableFuture.completedFuture(new Delivered(taken));
      }
      if (request.waitTime().isZero()) {
        return CompletableFuture.completedFuture(NoMessage.INSTANCE);
      }
      return longPolls.await(topic.get(), request);
    });
  }

  public AckOutcome ack(AckRequest request) {
    return core.locked(() -> ackOp.apply(request));
  }

  /** Declares a topic (needed before use in strict mode). */
  public void declareTopic(TopicRef topic) {
    core.locked(() -> {
      ctx.declare(topic);
      return null;
    });
  }

  /**
   * Declares a consumer group of a topic (and the topic), as a subscription made in the console before use. Every
   * group, declared or first seen at its first consume, reads from the oldest retained message; declaring one only
   * makes it show in the snapshot before it consumes.
   */
  public void declareGroup(TopicRef topic, String group) {
    core.locked(() -> {
      ctx.declare(topic);
      ctx.topics().get(topic).group(group);
      return null;
    });
  }

  /** Forgets every message, group, declared topic and counter; waiting consumers get {@link NoMessage}. */
  public void reset() {
    core.locked(() -> {
      longPolls.endAll();
      core.disarm();
      ctx.clear();
      return null;
    });
  }

  /** Every instance, topic and group with its message counts, as of now. */
  public EngineSnapshot snapshot() {
    return core.locked(snapshotOp::snapshot);
  }

  /** Cumulative counts since start or the last reset. */
  public EngineCounters counters() {
    return core.locked(() -> ctx.counters().read(ctx.waiting()));
  }
}
