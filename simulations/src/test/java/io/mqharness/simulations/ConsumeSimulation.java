package io.mqharness.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Session;
import io.mqharness.mock.targeting.TopicKind;
import io.mqharness.protocol.client.MqProducer;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulations.harness.HarnessSimulation;
import io.mqharness.simulations.requests.MqRequests;
import io.mqharness.simulations.warmup.WarmUpLoad;
import io.mqharness.simulations.warmup.WarmUpMessages;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Consume throughput and backlog drain time (SPEC §4.4, §4.5): the topic is pre-filled with {@code mq.prefill}
 * messages before the load starts, then long-polling consumers consume batches and ack them until the backlog is
 * gone. Figures: consumed and acked messages per second, and the seconds the backlog took to drain.
 */
public class ConsumeSimulation extends HarnessSimulation {
  private final AtomicLong consumed = new AtomicLong();
  private final AtomicLong acked = new AtomicLong();
  private volatile long consumingSince;
  private volatile long drainedAt;

  public ConsumeSimulation() {
    super(TopicKind.NORMAL, "T_HARNESS_CONSUME", "GID_HARNESS_CONSUME", NO_RESERVE);
    if (settings.injectors().partial()) {
      // Its figure is the drain time of one backlog: injectors racing for one topic's messages would each see part.
      throw new IllegalArgumentException("ConsumeSimulation measures how one backlog drains: run it in one injector"
          + " (mq.injectors=1)");
    }
    var consumers = scenario("consumer")
        .exec(session -> {
          markStart();
          return session;
        })
        .asLongAsDuring(session -> !budget.spent() && drainedAt == 0, consumingTime()).on(
            exec(session -> session.remove("messages").markAsSucceeded())
                .exec(requests.consume("consume", null))
                .doIf(session -> session.contains("messages") && !session.getList("messages").isEmpty()).then(
                    exec(this::received)
                        .exec(group(SETTLE).on(exec(requests.delete("ack", null, "handles"))))
                        .exec(this::acked)));
    announce("pre-fill " + settings.prefill() + " messages, then " + settings.consumers()
        + " consumers drain them (at most " + consumingTime().toSeconds() + " s)");
    run(consumers(consumers));
  }

  @Override
  protected void prepare() {
    MqProducer producer = target.client().producer(settings.instanceId(), settings.topic());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      IntStream.range(0, settings.prefill()).forEach(i ->
          pool.execute(() -> producer.publish(TopicMessage.of("backlog " + i + " " + "x".repeat(Math.max(0, settings.messageSize() - 16))))));
    } finally {
      pool.shutdown();
    }
    try {
      if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
        throw new IllegalStateException("pre-filling " + settings.prefill() + " messages took over 5 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while pre-filling", e);
    }
  }

  private synchronized void markStart() {
    if (consumingSince == 0) {
      consumingSince = System.nanoTime();
    }
  }

  private Session received(Session session) {
    List<ConsumedMessage> batch = session.getList("messages");
    // a warm-up message left on the topic is acked with the rest and counted nowhere
    int counted = (int) batch.stream().filter(message -> !WarmUpMessages.isWarmUp(message)).count();
    consumed.addAndGet(counted);
    return session.set("handles", MqRequests.handles(batch)).set("counted", counted);
  }

  private Session acked(Session session) {
    if (!session.isFailed() && acked.addAndGet(session.getInt("counted")) >= settings.prefill() && drainedAt == 0) {
      drainedAt = System.nanoTime();
    }
    return session;
  }

  /** The backlog is pre-filled after the warm-up, so warm-up consumers cannot take from it. */
  @Override
  protected WarmUpLoad warmUpLoad() {
    return warmUpChains().publishesConsumesAndAcks();
  }

  @Override
  protected List<String> latencyGroups() {
    return List.of(SETTLE);
  }

  @Override
  protected Map<String, Number> metrics(Duration elapsed) {
    Map<String, Number> out = new LinkedHashMap<>();
    out.put("prefilled", settings.prefill());
    out.put("consumed", consumed.get());
    out.put("acked", acked.get());
    if (drainedAt != 0) {
      Duration drain = Duration.ofNanos(drainedAt - consumingSince);
      out.put("drainSeconds", Math.round(drain.toMillis() / 10.0) / 100.0);
      out.put("consumedPerSecond", perSecond(consumed.get(), drain));
      out.put("ackedPerSecond", perSecond(acked.get(), drain));
    }
    return out;
  }

  @Override
  protected List<String> problems() {
    return drainedAt == 0
        ? List.of("the backlog of " + settings.prefill() + " was not drained: " + acked.get() + " acked") : List.of();
  }
}
