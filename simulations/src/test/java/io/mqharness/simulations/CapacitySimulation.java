package io.mqharness.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.mqharness.mock.targeting.TopicKind;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulations.capacity.CapacityFigures;
import io.mqharness.simulations.capacity.CapacitySearch;
import io.mqharness.simulations.capacity.CapacitySettings;
import io.mqharness.simulations.capacity.Variant;
import io.mqharness.simulations.harness.HarnessSimulation;
import io.mqharness.simulations.harness.RunSummary;
import io.mqharness.simulations.requests.MessageFactory;
import io.mqharness.simulations.requests.MqRequests;
import io.mqharness.simulations.requests.ProtocolBodies;
import io.mqharness.simulations.settings.Parameters;
import io.mqharness.simulations.warmup.WarmUpLoad;
import io.mqharness.simulations.warmup.WarmUpMessages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Capacity search: the open-model arrival rate of publishes rises step by step ({@code mq.capacity.*}) until a step
 * breaks the objective ({@code mq.slo.*}: p99, errors, achieved rate, and for the end-to-end variant the consumers'
 * lag); the capacity is the highest step that held. Each step is printed as it is judged, the capacity at the end,
 * and the run summary holds {@code capacity} and every step under {@code steps}. Publishes are normal and tagged
 * ({@code mq.tagShare}); in the {@code endToEnd} variant {@code mq.consumers} long-polling consumers consume and ack
 * them as they come. The search stops the load itself (Gatling's {@code stopLoadGenerator}) at the first broken step.
 */
public class CapacitySimulation extends HarnessSimulation {
  private final CapacitySettings capacity;
  private final CapacitySearch search;

  public CapacitySimulation() {
    this(CapacitySettings.from(Parameters.fromEnvironment()));
  }

  private CapacitySimulation(CapacitySettings capacity) {
    super(TopicKind.NORMAL, "T_HARNESS_CAPACITY", "GID_HARNESS_CAPACITY",
        capacity.variant() == Variant.END_TO_END ? DRAIN_RESERVE : NO_RESERVE);
    this.capacity = capacity;
    this.search = new CapacitySearch(capacity, System.out, () -> budget.closedToProducers()
        ? Optional.of("the request cap of " + settings.maxRequests() + " requests was reached") : Optional.empty());
    ChainBuilder publish = exec(session -> session.set("step", search.publishing(System.nanoTime())))
        .exec(session -> messages.of(session, ThreadLocalRandom.current().nextDouble() < settings.tagShare()
            ? MessageFactory.TAGGED : MessageFactory.NORMAL))
        .exec(session -> session.set("publishStartedNanos", System.nanoTime()))
        .exec(group(PRODUCE).on(exec(requests.publish("publish #{kind}"))))
        .exec(session -> {
          search.answered(session.getInt("step"), session.getLong("publishStartedNanos"), System.nanoTime(), !session.isFailed());
          return session;
        });
    List<PopulationBuilder> populations = new ArrayList<>();
    populations.add(scenario("capacity publish")
        // the first user after a broken step stops the load; after the cap, users leave without a request
        .stopLoadGeneratorIf(session -> "capacity search: " + search.stopReason(), session -> search.stopped())
        .exitHereIf(session -> budget.closedToProducers())
        .exec(publish)
        .injectOpen(capacity.plan().injection()));
    if (capacity.variant() == Variant.END_TO_END) {
      populations.add(consumers(scenario("capacity consumer")
          .asLongAsDuring(session -> !search.stopped() && !budget.spent(), consumingTime()).on(
              exec(session -> session.remove("messages").markAsSucceeded())
                  .exec(requests.consume("consume", null))
                  .doIf(session -> session.contains("messages") && !session.getList("messages").isEmpty()).then(
                      exec(this::received).exec(group(SETTLE).on(exec(requests.delete("ack", null, "handles"))))))));
    }
    announce("about " + capacity.plan().plannedPublishes() + " publishes if every step holds"
        + (capacity.variant() == Variant.END_TO_END ? ", " + settings.consumers() + " consumers polling for at most "
            + consumingTime().toSeconds() + " s" : "") + "; it stops at the first step that breaks the objective");
    run(populations.toArray(PopulationBuilder[]::new));
  }

  private Session received(Session session) {
    long now = System.currentTimeMillis();
    List<ConsumedMessage> batch = session.getList("messages");
    long[] latencies = batch.stream().filter(message -> !WarmUpMessages.isWarmUp(message))
        .mapToLong(message -> message.properties().get(ProtocolBodies.SENT_AT).map(Long::parseLong).map(sentAt -> now - sentAt).orElse(-1L))
        .toArray();
    search.consumed(latencies.length, Arrays.stream(latencies).filter(ms -> ms >= 0).toArray(), System.nanoTime());
    return session.set("handles", MqRequests.handles(batch));
  }

  /** Consumers poll through the whole plan, then {@code mq.drainSeconds} more. */
  @Override
  protected Duration consumingTime() {
    return capacity.plan().total().plus(settings.drain());
  }

  @Override
  protected Map<String, String> parameters() {
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

  /** {@code mq.maxDurationSeconds} when given, else the warm-up, every step, the consumers' drain and 60 s. */
  @Override
  protected Duration maxDuration() {
    return capacity.maxDuration().orElseGet(() -> warmUp.duration().plus(capacity.plan().total())
        .plus(capacity.variant() == Variant.END_TO_END ? settings.drain() : Duration.ZERO).plus(Duration.ofSeconds(60)));
  }

  @Override
  protected WarmUpLoad warmUpLoad() {
    return capacity.variant() == Variant.END_TO_END ? warmUpChains().publishesConsumesAndAcks() : warmUpChains().publishes();
  }

  /** None: a search overloads the target on purpose; its verdict is the capacity, not a pass or a fail. */
  @Override
  protected List<Assertion> assertions() {
    return List.of();
  }

  @Override
  protected List<String> latencyGroups() {
    return capacity.variant() == Variant.END_TO_END ? List.of(PRODUCE, SETTLE) : List.of(PRODUCE);
  }

  @Override
  public void after() {
    search.finish();
    search.result().lines().forEach(System.out::println);
    super.after();
  }

  @Override
  protected Map<String, Number> metrics(Duration elapsed) {
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
    if (capacity.variant() == Variant.END_TO_END) {
      out.put("consumed", search.consumed());
    }
    return out;
  }

  @Override
  protected List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (!search.steps().isEmpty() && !search.steps().get(0).held()) {
      problems.add("the first step (" + capacity.plan().describeRate(0) + ") already broke the objective: the capacity"
          + " is below mq.capacity.startRate, or the objective cannot be met at any rate");
    }
    if (search.steps().isEmpty()) {
      problems.add("no step ran");
    }
    return problems;
  }

  @Override
  protected RunSummary withOwnSections(RunSummary summary) {
    return summary.withCapacity(search.result(), search.steps());
  }
}
