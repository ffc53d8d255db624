package io.mqharness.simulations.harness;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.PopulationBuilder;
import io.mqharness.simulations.chains.Recording;
import io.mqharness.simulations.faults.FaultInjector;
import io.mqharness.simulations.faults.FaultPlan;
import io.mqharness.simulations.guard.RequestBudget;
import io.mqharness.simulations.outcomes.RequestOutcomes;
import io.mqharness.simulations.outcomes.TrackedRequests;
import io.mqharness.simulations.requests.MessageFactory;
import io.mqharness.simulations.requests.MqRequests;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulations.settings.Parameters;
import io.mqharness.simulations.signing.BudgetedSigning;
import io.mqharness.simulations.signing.MqSignature;
import io.mqharness.simulations.targeting.SimulationTarget;
import io.mqharness.simulations.warmup.WarmUp;
import io.mqharness.simulations.warmup.WarmUpChains;
import io.mqharness.simulations.warmup.WarmUpLoad;
import io.mqharness.simulations.warmup.WarmUpRecorder;
import io.mqharness.simulator.targeting.TargetKind;
import io.mqharness.simulator.targeting.TopicKind;
import io.mqharness.simulator.testkit.SimulatorAdminClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What one run of a simulation shares with every other: its settings, the target (the embedded
 * simulator when no URL is given), the request cap, the signed requests, the message factory, the
 * warm-up ({@link WarmUp}), the faults ({@code mq.faults}, {@link FaultPlan}) and the requests'
 * outcomes. A simulation opens one in its constructor, says what it will send ({@link #announce}),
 * wraps its measured populations in {@link #afterWarmUp}, and calls {@link #before()} and {@link
 * #after} from its own {@code before()} and {@code after()}; {@link #after} writes the run summary
 * ({@link RunReport}) and throws when the simulation's own checks failed the run, which makes
 * Gatling exit non-zero.
 */
public final class HarnessRun {
  /** The share of {@code mq.maxRequests} kept for consumers to drain what producers published. */
  public static final double DRAIN_RESERVE = 0.2;

  /** For a run that is all producers or all consumers: no reserve. */
  public static final double NO_RESERVE = 0;

  /**
   * Whether a simulation sends its requests through {@link #recording()} with their outcomes
   * recorded.
   */
  public enum Outcomes {
    /**
     * Gatling's statistics only; with faults, every KO counts against {@code
     * mq.assert.maxErrorPercent}.
     */
    UNTRACKED,
    /**
     * Each request's outcome recorded: the summary has {@code requests} (KOs by operation and kind)
     * and, with faults, only the KOs no fault explains count against {@code
     * mq.assert.maxErrorPercent}.
     */
    TRACKED
  }

  private final String simulation;
  private final HarnessSettings settings;
  private final SimulationTarget target;
  private final RequestBudget budget;
  private final MqRequests requests;
  private final MessageFactory messages;
  private final WarmUp warmUp;
  private final FaultPlan faults;
  private final RequestOutcomes outcomes;
  private final Outcomes tracking;
  private final Recording recording;
  private final Duration requestTimeout;
  private final FaultInjector injector;
  private final WarmUpRecorder warmUpRecorder = new WarmUpRecorder();
  private final CompletableFuture<Void> prepared = new CompletableFuture<>();
  private Map<String, String> parameters;
  private Duration maxDuration;
  private Runnable beforeMeasuredLoad = () -> {};
  private Instant started = Instant.now();
  private volatile Instant measuredSince;

  private HarnessRun(
      Class<?> simulation,
      TopicKind topicKind,
      String defaultTopic,
      String defaultGroup,
      double consumerReserve,
      Outcomes tracking) {
    this.simulation = simulation.getSimpleName();
    this.tracking = tracking;
    settings = HarnessSettings.fromEnvironment(topicKind, defaultTopic, defaultGroup);
    budget = new RequestBudget(settings.maxRequests(), consumerReserve);
    Parameters given = Parameters.fromEnvironment();
    requestTimeout =
        Duration.ofSeconds(
            given.integer(
                "mq.requestTimeoutSeconds", (int) MqRequests.GATLING_DEFAULT_TIMEOUT.toSeconds()));
    faults = FaultPlan.from(given);
    if (faults.faults().size() > 31) {
      throw new IllegalArgumentException(
          "mq.faults: at most 31 faults, got " + faults.faults().size());
    }
    target = SimulationTarget.open(settings);
    if (!faults.isEmpty() && target.description().kind() == TargetKind.REAL_INSTANCE) {
      target.close();
      throw new IllegalArgumentException(
          "mq.faults needs a simulator (embedded or standalone): faults are stubs put"
              + " in place through its admin API, which "
              + target.baseUrl()
              + " does not have");
    }
    requests =
        new MqRequests(
                settings,
                new BudgetedSigning(
                    budget, new MqSignature(target.credentials(), Clock.systemUTC())))
            .withRequestTimeout(requestTimeout);
    messages = new MessageFactory(settings);
    warmUp = WarmUp.from(given);
    injector =
        faults.isEmpty()
            ? null
            : new FaultInjector(faults, new SimulatorAdminClient(target.baseUrl()));
    outcomes = new RequestOutcomes(faults.faults(), requestTimeout);
    TrackedRequests tracked =
        new TrackedRequests(outcomes, injector == null ? () -> 0 : injector::activeMask);
    recording = tracking == Outcomes.TRACKED ? tracked::of : Recording.UNTRACKED;
    parameters = settings.describe();
    maxDuration = settings.maxDuration();
  }

  /**
   * The run of {@code simulation} on the topic of {@code topicKind} ({@code mq.target.topic.normal}
   * or {@code .transactional}); {@code defaultTopic} and {@code defaultGroup} apply when it or
   * {@code mq.target.group.primary} is not given. {@code consumerReserve}: {@link #DRAIN_RESERVE}
   * when producers and consumers run together, else {@link #NO_RESERVE}.
   *
   * @throws IllegalArgumentException when a setting is out of its range, or faults are asked of a
   *     real service
   */
  public static HarnessRun open(
      Class<?> simulation,
      TopicKind topicKind,
      String defaultTopic,
      String defaultGroup,
      double consumerReserve,
      Outcomes tracking) {
    return new HarnessRun(
        simulation, topicKind, defaultTopic, defaultGroup, consumerReserve, tracking);
  }

  public HarnessSettings settings() {
    return settings;
  }

  public SimulationTarget target() {
    return target;
  }

  /** The request cap ({@code mq.maxRequests}) every request spends from as it is signed. */
  public RequestBudget budget() {
    return budget;
  }

  /**
   * The run's requests, signed with the target's credentials, with {@code
   * mq.requestTimeoutSeconds}.
   */
  public MqRequests requests() {
    return requests;
  }

  public MessageFactory messages() {
    return messages;
  }

  public WarmUp warmUp() {
    return warmUp;
  }

  public FaultPlan faults() {
    return faults;
  }

  /** Every tracked request's outcome, by operation and KO kind, and what each fault did. */
  public RequestOutcomes outcomes() {
    return outcomes;
  }

  /** How the chains send requests: tracked for a run opened with {@link Outcomes#TRACKED}. */
  public Recording recording() {
    return recording;
  }

  public boolean tracksOutcomes() {
    return tracking == Outcomes.TRACKED;
  }

  /**
   * {@code mq.requestTimeoutSeconds} (default Gatling's 60 s): an answer not there by then is a KO.
   */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /**
   * The run's duration cap (the warm-up included): {@code mq.maxDurationSeconds}, unless {@link
   * #describedAs}.
   */
  public Duration maxDuration() {
    return maxDuration;
  }

  /** What the announcement and the run summary list as the run's parameters. */
  public Map<String, String> parameters() {
    return parameters;
  }

  /**
   * How long consumers keep polling: the run ({@code mq.durationSeconds}), then the drain window.
   */
  public Duration consumingTime() {
    return settings.duration().plus(settings.drain());
  }

  /**
   * Replaces the parameters the run announces and summarises and its duration cap; for a simulation
   * whose load is not the settings' (a capacity search). Call it before {@link #announce}.
   */
  public HarnessRun describedAs(Map<String, String> ownParameters, Duration ownMaxDuration) {
    parameters = ownParameters;
    maxDuration = ownMaxDuration;
    return this;
  }

  /** Warm-up users built from this run's requests, timed into its warm-up figures. */
  public WarmUpChains warmUpChains() {
    return new WarmUpChains(settings, requests, warmUpRecorder);
  }

  /** The guard rail: says what is about to be sent where ({@code plan}), before anything is. */
  public void announce(WarmUpLoad eachWarmUpUser, String plan) {
    Announcement.print(this, simulation, eachWarmUpUser, plan);
  }

  /**
   * The run's populations: with a warm-up, {@code eachWarmUpUser} arriving at {@code mq.warmUpRate}
   * for {@code mq.warmUpSeconds}, then (once they are all done) {@code beforeMeasuredLoad} (e.g. a
   * pre-fill, which warm-up consumers must not take), then the {@code measured} populations;
   * without one, the measured populations alone, and {@link #before()} runs {@code
   * beforeMeasuredLoad}.
   */
  public List<PopulationBuilder> afterWarmUp(
      WarmUpLoad eachWarmUpUser, Runnable beforeMeasuredLoad, PopulationBuilder... measured) {
    this.beforeMeasuredLoad = beforeMeasuredLoad;
    if (!warmUp.enabled()) {
      return List.of(measured);
    }
    // One user between the warm-up and the load: it says the warm-up ended, prepares the run on
    // another thread while
    // it pauses, and marks where the figures start.
    PopulationBuilder ready =
        scenario("warm-up done")
            .exec(
                session -> {
                  warmUpEnded();
                  return session;
                })
            .asLongAs(session -> !prepared.isDone())
            .on(pause(Duration.ofMillis(50)))
            .crashLoadGeneratorIf(
                session -> "preparing the run failed: " + prepared.handle((ok, e) -> e).join(),
                session -> prepared.isCompletedExceptionally())
            .exec(
                session -> {
                  measuredLoadStarts();
                  return session;
                })
            .injectOpen(atOnceUsers(1))
            .andThen(measured);
    return List.of(
        scenario("warm-up")
            .exitHereIf(session -> budget.closedToProducers())
            .exec(eachWarmUpUser.chain())
            .injectOpen(constantUsersPerSec(warmUp.usersPerSec()).during(warmUp.duration()))
            .andThen(ready));
  }

  /**
   * As {@link #afterWarmUp(WarmUpLoad, Runnable, PopulationBuilder...)} with nothing to prepare.
   */
  public List<PopulationBuilder> afterWarmUp(
      WarmUpLoad eachWarmUpUser, PopulationBuilder... measured) {
    return afterWarmUp(eachWarmUpUser, () -> {}, measured);
  }

  private void warmUpEnded() {
    System.out.printf(
        "== warm-up done after %.1f s: %s; none of it is in the figures below%n",
        Duration.between(started, Instant.now()).toMillis() / 1000.0, warmUpRecorder.describe());
    CompletableFuture.runAsync(beforeMeasuredLoad)
        .whenComplete(
            (ok, e) -> {
              if (e == null) {
                prepared.complete(null);
              } else {
                prepared.completeExceptionally(e);
              }
            });
  }

  /**
   * To call from the simulation's {@code before()}: without a warm-up, prepares the run and starts
   * the faults.
   */
  public void before() {
    faults.requireWithin(consumingTime());
    if (!warmUp.enabled()) {
      beforeMeasuredLoad.run();
    }
    started = Instant.now();
    if (!warmUp.enabled()) {
      measuredLoadStarts();
    }
  }

  private void measuredLoadStarts() {
    measuredSince = Instant.now();
    if (injector != null) {
      injector.start();
    }
  }

  /**
   * To call from the simulation's {@code after()}: removes the faults, asks {@code figures} for the
   * simulation's own figures over the measured time (from the end of the warm-up, or the start of
   * the run without one, to now), writes the run summary and prints it, and closes the target.
   *
   * @throws IllegalStateException when the figures or the faults' verdict fail the run
   */
  public void after(Function<Duration, RunFigures> figures) {
    Instant ended = Instant.now();
    try {
      if (injector != null) {
        injector.close();
      }
      RunFigures found =
          figures.apply(Duration.between(measuredSince == null ? ended : measuredSince, ended));
      new RunReport(this, simulation, injector, warmUpRecorder).write(started, ended, found);
    } finally {
      target.close();
    }
  }
}
