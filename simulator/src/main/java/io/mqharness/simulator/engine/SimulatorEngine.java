package io.mqharness.simulator.engine;

import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.simulator.engine.ConsumeOutcome.NoMessage;
import io.mqharness.simulator.engine.observe.EngineCounters;
import io.mqharness.simulator.engine.observe.EngineSnapshot;
import io.mqharness.simulator.engine.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * The protocol engine: instances, topics, groups, messages, receipt handles and timers, with no
 * HTTP in it. All time comes from the {@link Clock} it is given. Thread-safe; a consume that has to
 * wait completes its future later, from a publish, a commit, a visibility timer or the wait's own
 * expiry. The engine answers every request with an outcome value (a refusal is {@link Rejected}
 * with the protocol's code) and throws only on programming errors. ENGINE.md maps each SPEC section
 * to the class that implements it.
 */
public final class SimulatorEngine {
  private final EngineSettings settings;
  private final EngineCore core;
  private final Topics topics;
  private final PublishOp publishOp;
  private final ConsumeOp consumeOp;
  private final AckOp ackOp;
  private final SnapshotOp snapshotOp;
  private final Runnable forgetAll;

  /**
   * An empty engine on {@code clock} (a {@code SystemClock}, or a {@code VirtualClock} in tests).
   */
  public SimulatorEngine(Clock clock, EngineSettings settings) {
    this.settings = settings;
    EngineTime time = new EngineTime(clock, settings);
    Agenda agenda = new Agenda();
    WakeUps wakeUps = new WakeUps();
    Counters counters = new Counters();
    Ids ids = new Ids();
    Rejections rejections = new Rejections(counters);
    this.topics = new Topics(settings.strictTopics());
    StoreCap store = new StoreCap(settings);
    Retention retention = new Retention(settings, time, agenda, topics, counters, store);
    Timers timers = new Timers(time, agenda, retention, wakeUps);
    RedeliverySchedule schedule = new RedeliverySchedule(settings, time, agenda, counters, wakeUps);
    NormalDelivery normal = new NormalDelivery(time, ids, counters, wakeUps, schedule);
    CheckImmunity immunity = new CheckImmunity(settings, time, agenda);
    Transactions transactions =
        new Transactions(settings, time, agenda, ids, counters, wakeUps, immunity, timers, store);
    ConsumeStreams streams =
        new ConsumeStreams(normal, new OrderedPartitions(normal), transactions);
    EngineLock lock = new EngineLock();
    LongPolls longPolls = new LongPolls(lock, time, agenda, streams);
    this.core = new EngineCore(lock, time, agenda, wakeUps, longPolls);
    this.publishOp =
        new PublishOp(
            topics, rejections, time, ids, counters, store, retention, timers, transactions);
    this.consumeOp = new ConsumeOp(topics, rejections, streams, longPolls);
    this.ackOp =
        new AckOp(
            topics, rejections, new ReceiptHandleValidity(time, immunity), normal, transactions);
    this.snapshotOp = new SnapshotOp(settings, time, topics, store, counters, longPolls);
    this.forgetAll =
        () -> {
          longPolls.endAll(topics.all().values());
          core.disarm();
          topics.clear();
          agenda.clear();
          counters.clear();
          store.clear();
          wakeUps.clear();
        };
  }

  /** The settings it was made with. */
  public EngineSettings settings() {
    return settings;
  }

  /**
   * Publishes a message (SPEC §6.1, §6.3 to §6.5): {@code Published} (with the publish handle h0
   * for a transactional message), or {@link Rejected} ({@code TopicNotExist}, {@code
   * InvalidArgument} for a broken limit or property, {@code InternalError} when the store is full
   * and nothing can be evicted).
   */
  public PublishOutcome publish(TopicRef topic, PublishRequest message) {
    String bodyMd5 = PublishOp.bodyMd5(message);
    return core.locked(() -> publishOp.publish(topic, message, bodyMd5));
  }

  /**
   * Answers at once when messages are deliverable or {@code waitTime} is zero; otherwise the future
   * completes when a message becomes deliverable or with {@link NoMessage} when the wait ends on
   * the engine's clock. Cancelling the future withdraws the wait (and fails if messages were
   * already handed to it).
   */
  public CompletableFuture<ConsumeOutcome> consume(ConsumeRequest request) {
    return core.locked(() -> consumeOp.consume(request));
  }

  /**
   * Acks, commits or rolls back up to 16 receipt handles (SPEC §7.3): {@code AllAcked}, {@code
   * PartiallyFailed} listing each handle not applied, or {@link Rejected} for the whole request,
   * none applied.
   */
  public AckOutcome ack(AckRequest request) {
    return core.locked(() -> ackOp.apply(request));
  }

  /** Declares a topic (needed before use in strict mode). */
  public void declareTopic(TopicRef topic) {
    core.locked(() -> topics.declare(topic));
  }

  /**
   * Declares a consumer group of a topic (and the topic), as a subscription made in the console
   * before use. Every group, declared or first seen at its first consume, reads from the oldest
   * retained message; declaring one only makes it show in the snapshot before it consumes.
   */
  public void declareGroup(TopicRef topic, String group) {
    core.locked(() -> topics.declare(topic).group(group));
  }

  /**
   * Forgets every message, group, declared topic and counter; waiting consumers get {@link
   * NoMessage}.
   */
  public void reset() {
    core.locked(
        () -> {
          forgetAll.run();
          return null;
        });
  }

  /** Every instance, topic and group with its message counts, as of now. */
  public EngineSnapshot snapshot() {
    return core.locked(snapshotOp::snapshot);
  }

  /** Cumulative counts since start or the last reset. */
  public EngineCounters counters() {
    return core.locked(snapshotOp::readCounters);
  }
}
