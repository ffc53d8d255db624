package io.mqharness.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.mqharness.simulations.chains.ConsumeAndAck.consumeAndAck;
import static io.mqharness.simulations.chains.Groups.PRODUCE;
import static io.mqharness.simulations.chains.MqProtocol.mqProtocol;
import static io.mqharness.simulations.chains.Publish.publish;
import static io.mqharness.simulations.injection.Injection.pollers;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulations.capacity.CapacityFigures;
import io.mqharness.simulations.capacity.CapacitySearch;
import io.mqharness.simulations.capacity.CapacitySettings;
import io.mqharness.simulations.capacity.Variant;
import io.mqharness.simulations.chains.Messages;
import io.mqharness.simulations.harness.HarnessRun;
import io.mqharness.simulations.harness.HarnessSimulation;
import io.mqharness.simulations.harness.RunFigures;
import io.mqharness.simulations.requests.MessageFactory;
import io.mqharness.simulations.requests.ProtocolBodies;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulations.settings.Parameters;
import io.mqharness.simulations.warmup.WarmUpLoad;
import io.mqharness.simulations.warmup.WarmUpMessages;
import io.mqharness.simulator.targeting.TopicKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Capacity search: the open-model arrival rate of publishes rises step by step ({@code
 * mq.capacity.*}) until a step breaks the objective ({@code mq.slo.*}: p99, errors, achieved rate,
 * and for the end-to-end variant the consumers' lag); the capacity is the highest step that held.
 * Each step is printed as it is judged, the capacity at the end, and the run summary holds {@code
 * capacity} and every step under {@code steps}. Publishes are normal and tagged ({@code
 * mq.tagShare}); in the {@code endToEnd} variant {@code mq.consumers} long-polling consumers
 * consume and ack them as they come (SPEC §6.1). The search stops the load itself (Gatling's {@code
 * stopLoadGenerator}) at the first broken step. No Gatling assertion: a search overloads the target
 * on purpose; its verdict is the capacity.
 */
public class CapacitySimulation extends HarnessSimulation {
  private final CapacitySettings capacity = CapacitySettings.from(Parameters.fromEnvironment());
  private final boolean endToEnd = capacity.variant() == Variant.END_TO_END;
  private final HarnessRun run =
      HarnessRun.open(
          CapacitySimulation.class,
          TopicKind.NORMAL,
          "T_HARNESS_CAPACITY",
          "GID_HARNESS_CAPACITY",
          endToEnd ? HarnessRun.DRAIN_RESERVE : HarnessRun.NO_RESERVE,
          HarnessRun.Outcomes.UNTRACKED);
  private final HarnessSettings settings = run.settings();
  private final CapacitySearch search =
      new CapacitySearch(
          capacity,
          System.out,
          () ->
              run.budget().closedToProducers()
                  ? Optional.of(
                      "the request cap of " + settings.maxRequests() + " requests was reached")
                  : Optional.empty());

  /** Consumers poll through the whole plan, then {@code mq.drainSeconds} more. */
  private final Duration consumingTime = capacity.plan().total().plus(settings.drain());

  public CapacitySimulation() {
    ChainBuilder oneMessage =
        exec(session -> session.set("step", search.publishing(System.nanoTime())))
            .exec(
                session ->
                    run.messages()
                        .of(
                            session,
                            ThreadLocalRandom.current().nextDouble() < settings.tagShare()
                                ? MessageFactory.TAGGED
                                : MessageFactory.NORMAL))
            .exec(session -> session.set("publishStartedNanos", System.nanoTime()))
            .exec(group(PRODUCE).on(publish(run.requests(), "publish #{kind}")))
            .exec(this::answered);
    List<PopulationBuilder> measured = new ArrayList<>();
    measured.add(
        scenario("capacity publish")
            // the first user after a broken step stops the load; after the cap, users leave without
            // a request
            .stopLoadGeneratorIf(
                session -> "capacity search: " + search.stopReason(), session -> search.stopped())
            .exitHereIf(session -> run.budget().closedToProducers())
            .exec(oneMessage)
            .injectOpen(capacity.plan().injection()));
    if (endToEnd) {
      measured.add(
          pollers(
              scenario("capacity consumer")
                  .asLongAsDuring(
                      session -> !search.stopped() && !run.budget().spent(), consumingTime)
                  .on(consumeAndAck(run.requests(), run.recording(), this::received)),
              settings.consumers()));
    }

    WarmUpLoad warmUp =
        endToEnd ? run.warmUpChains().publishesConsumesAndAcks() : run.warmUpChains().publishes();
    run.describedAs(parameters(), maxDuration());
    run.announce(
        warmUp,
        "about "
            + capacity.plan().plannedPublishes()
            + " publishes if every step holds"
            + (endToEnd
                ? ", "
                    + settings.consumers()
                    + " consumers polling for at most "
                    + consumingTime.toSeconds()
                    + " s"
                : "")
            + "; it stops at the first step that breaks the objective");
    setUp(run.afterWarmUp(warmUp, measured.toArray(PopulationBuilder[]::new)))
        .protocols(mqProtocol(run.target().baseUrl()))
        .maxDuration(run.maxDuration());
  }

  @Override
  public void before() {
    run.before();
  }

  @Override
  public void after() {
    search.finish();
    search.result().lines().forEach(System.out::println);
    run.after(this::figures);
  }

  private Session answered(Session session) {
    search.answered(
        session.getInt("step"),
        session.getLong("publishStartedNanos"),
        System.nanoTime(),
        !session.isFailed());
    return session;
  }

  private Session received(Session session) {
    long now = System.currentTimeMillis();
    List<ConsumedMessage> batch = session.getList(Messages.MESSAGES);
    long[] latencies =
        batch.stream()
            .filter(message -> !WarmUpMessages.isWarmUp(message))
            .mapToLong(
                message ->
                    message
                        .properties()
                        .get(ProtocolBodies.SENT_AT)
                        .map(Long::parseLong)
                        .map(sentAt -> now - sentAt)
                        .orElse(-1L))
            .toArray();
    search.consumed(
        latencies.length,
        Arrays.stream(latencies).filter(ms -> ms >= 0).toArray(),
        System.nanoTime());
    return session;
  }

  /**
   * The settings without those a search does not use, and the search's own: variant, steps,
   * objective, caps.
   */
  private Map<String, String> parameters() {
    Map<String, String> out = new LinkedHashMap<>(settings.describe());
    List.of("model", "duration", "commitRatio", "thresholds").forEach(out::remove);
    if (capacity.variant() == Variant.PUBLISH) {
      List.of("consumers", "batchSize", "waitSeconds").forEach(out::remove);
    }
    out.put("variant", capacity.variant().word());
    out.put("steps", capacity.plan().describe());
    out.put("objective", capacity.objective().describe());
    out.put("caps", settings.maxRequests() + " requests, " + maxDuration().toSeconds() + " s");
    return out;
  }

  /**
   * {@code mq.maxDurationSeconds} when given, else the warm-up, every step, the consumers' drain
   * and 60 s.
   */
  private Duration maxDuration() {
    return capacity
        .maxDuration()
        .orElseGet(
            () ->
                run.warmUp()
                    .duration()
                    .plus(capacity.plan().total())
                    .plus(endToEnd ? settings.drain() : Duration.ZERO)
                    .plus(Duration.ofSeconds(60)));
  }

  private RunFigures figures(Duration elapsed) {
    CapacityFigures result = search.result();
    Map<String, Number> out = new LinkedHashMap<>();
    out.put("capacity.publishesPerSecond", result.publishesPerSecond());
    if (result.endToEndPerSecond() != null) {
      out.put("capacity.endToEndPerSecond", result.endToEndPerSecond());
    }
    out.put("capacity.p99Ms", result.p99Ms());
    out.put("steps", search.steps().size());
    out.put("stepsHeld", search.steps().stream().filter(step -> step.held()).count());
    out.put("published", search.publishedOk());
    if (endToEnd) {
      out.put("consumed", search.consumed());
    }
    List<String> problems = new ArrayList<>();
    if (!search.steps().isEmpty() && !search.steps().get(0).held()) {
      problems.add(
          "the first step ("
              + capacity.plan().describeRate(0)
              + ") already broke the objective: the capacity"
              + " is below mq.capacity.startRate, or the objective cannot be met at any rate");
    }
    if (search.steps().isEmpty()) {
      problems.add("no step ran");
    }
    // Not a capacity but a target that refuses this harness (credentials, URL): the run fails.
    boolean everyRequestFailed =
        !search.steps().isEmpty()
            && search.steps().get(0).requests() > 0
            && search.steps().get(0).errors() == search.steps().get(0).requests();
    if (everyRequestFailed) {
      problems.add(
          "every request of the first step failed: the target refuses these requests (check the"
              + " credentials and the URL; Gatling's log shows the answers' status)");
    }
    return RunFigures.of(out)
        .withProblems(problems, everyRequestFailed)
        .withSections(summary -> summary.withCapacity(search.result(), search.steps()));
  }
}
