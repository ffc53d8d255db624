package io.mqharness.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.mqharness.simulations.assertions.StandardAssertions.standardAssertions;
import static io.mqharness.simulations.chains.ConsumeAndAck.consumeAndAck;
import static io.mqharness.simulations.chains.Groups.SETTLE;
import static io.mqharness.simulations.chains.MqProtocol.mqProtocol;
import static io.mqharness.simulations.injection.Injection.pollers;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.mqharness.protocol.client.MqProducer;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulations.chains.Messages;
import io.mqharness.simulations.harness.HarnessRun;
import io.mqharness.simulations.harness.HarnessSimulation;
import io.mqharness.simulations.harness.RunFigures;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulations.warmup.WarmUpLoad;
import io.mqharness.simulations.warmup.WarmUpMessages;
import io.mqharness.simulator.targeting.TopicKind;
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
 * Consume throughput and backlog drain time (SPEC §6.1, §2.6): the topic is pre-filled with {@code
 * mq.prefill} messages before the load starts (after the warm-up, so that warm-up consumers cannot
 * take from it), then long-polling consumers consume batches and ack them until the backlog is
 * gone. Figures: consumed and acked messages per second, and the seconds the backlog took to drain.
 */
public class ConsumeSimulation extends HarnessSimulation {
  private final HarnessRun run =
      HarnessRun.open(
          ConsumeSimulation.class,
          TopicKind.NORMAL,
          "T_HARNESS_CONSUME",
          "GID_HARNESS_CONSUME",
          HarnessRun.NO_RESERVE,
          HarnessRun.Outcomes.UNTRACKED);
  private final HarnessSettings settings = run.settings();
  private final AtomicLong consumed = new AtomicLong();
  private final AtomicLong acked = new AtomicLong();
  private volatile long consumingSince;
  private volatile long drainedAt;

  public ConsumeSimulation() {
    if (settings.injectors().partial()) {
      // Its figure is the drain time of one backlog: injectors racing for one topic's messages
      // would each see part.
      throw new IllegalArgumentException(
          "ConsumeSimulation measures how one backlog drains: run it in one injector"
              + " (mq.injectors=1)");
    }
    ScenarioBuilder consumer =
        scenario("consumer")
            .exec(this::markStart)
            .asLongAsDuring(session -> !run.budget().spent() && drainedAt == 0, run.consumingTime())
            .on(consumeAndAck(run.requests(), run.recording(), this::received, this::acked));

    WarmUpLoad warmUp = run.warmUpChains().publishesConsumesAndAcks();
    run.announce(
        warmUp,
        "pre-fill "
            + settings.prefill()
            + " messages, then "
            + settings.consumers()
            + " consumers drain them (at most "
            + run.consumingTime().toSeconds()
            + " s)");
    setUp(run.afterWarmUp(warmUp, this::prefill, pollers(consumer, settings.consumers())))
        .protocols(mqProtocol(run.target().baseUrl()))
        .maxDuration(run.maxDuration())
        .assertions(standardAssertions(run, SETTLE));
  }

  @Override
  public void before() {
    run.before();
  }

  @Override
  public void after() {
    run.after(this::figures);
  }

  /**
   * Publishes the backlog, {@code mq.prefill} messages of {@code mq.messageSize}, on 8 threads; not
   * measured.
   */
  private void prefill() {
    MqProducer producer = run.target().client().producer(settings.instanceId(), settings.topic());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      IntStream.range(0, settings.prefill())
          .forEach(
              i ->
                  pool.execute(
                      () ->
                          producer.publish(
                              TopicMessage.of(
                                  "backlog "
                                      + i
                                      + " "
                                      + "x".repeat(Math.max(0, settings.messageSize() - 16))))));
    } finally {
      pool.shutdown();
    }
    try {
      if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
        throw new IllegalStateException(
            "pre-filling " + settings.prefill() + " messages took over 5 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while pre-filling", e);
    }
  }

  private synchronized Session markStart(Session session) {
    if (consumingSince == 0) {
      consumingSince = System.nanoTime();
    }
    return session;
  }

  private Session received(Session session) {
    List<ConsumedMessage> batch = session.getList(Messages.MESSAGES);
    // a warm-up message left on the topic is acked with the rest and counted nowhere
    int counted = (int) batch.stream().filter(message -> !WarmUpMessages.isWarmUp(message)).count();
    consumed.addAndGet(counted);
    return session.set("counted", counted);
  }

  private Session acked(Session session) {
    if (!session.isFailed()
        && acked.addAndGet(session.getInt("counted")) >= settings.prefill()
        && drainedAt == 0) {
      drainedAt = System.nanoTime();
    }
    return session;
  }

  private RunFigures figures(Duration elapsed) {
    Map<String, Number> out = new LinkedHashMap<>();
    out.put("prefilled", settings.prefill());
    out.put("consumed", consumed.get());
    out.put("acked", acked.get());
    if (drainedAt != 0) {
      Duration drain = Duration.ofNanos(drainedAt - consumingSince);
      out.put("drainSeconds", Math.round(drain.toMillis() / 10.0) / 100.0);
      out.put("consumedPerSecond", RunFigures.perSecond(consumed.get(), drain));
      out.put("ackedPerSecond", RunFigures.perSecond(acked.get(), drain));
    }
    return RunFigures.of(out)
        .withProblems(
            drainedAt == 0
                ? List.of(
                    "the backlog of "
                        + settings.prefill()
                        + " was not drained: "
                        + acked.get()
                        + " acked")
                : List.of(),
            false);
  }
}
