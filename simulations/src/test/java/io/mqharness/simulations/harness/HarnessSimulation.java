package io.mqharness.simulations.harness;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.mqharness.mock.targeting.SimulatorAdminClient;
import io.mqharness.mock.targeting.TargetKind;
import io.mqharness.mock.targeting.TopicKind;
import io.mqharness.simulations.faults.Fault;
import io.mqharness.simulations.faults.FaultFigures;
import io.mqharness.simulations.faults.FaultInjector;
import io.mqharness.simulations.faults.FaultPlan;
import io.mqharness.simulations.outcomes.RequestOutcomes;
import io.mqharness.simulations.outcomes.TrackedRequests;
import io.mqharness.simulations.guard.RequestBudget;
import io.mqharness.simulations.requests.MessageFactory;
import io.mqharness.simulations.requests.MqRequests;
import io.mqharness.simulations.scaleout.PartialRun;
import io.mqharness.simulations.scaleout.PartialSummary;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulations.settings.HarnessSettings.LoadModel;
import io.mqharness.simulations.settings.Parameters;
import io.mqharness.simulations.signing.MqSignature;
import io.mqharness.simulations.targeting.Target;
import java.nio.file.Path;
import io.mqharness.simulations.warmup.WarmUp;
import io.mqharness.simulations.warmup.WarmUpChains;
import io.mqharness.simulations.warmup.WarmUpFigures;
import io.mqharness.simulations.warmup.WarmUpLoad;
import io.mqharness.simulations.warmup.WarmUpRecorder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What every simulation of the harness shares: its settings, the target (the embedded simulator when no URL is
 * given), the request cap, the guard-rail announcement, the load model, the thresholds as Gatling assertions,
 * and the run summary written at the end. Before the measured load, a warm-up ({@link WarmUp}) of silent requests
 * that no figure counts. A run whose own checks find a problem that must fail it (a lost message) throws from
 * {@link #after()}, which makes Gatling exit non-zero. Faults ({@code mq.faults}, {@link FaultPlan}) are put in place
 * on a simulator target on their schedule from the start of the measured load; requests built with
 * {@link #tracked} have their outcomes (and KO kinds) recorded for the summary and the faults' verdict.
 */
public abstract class HarnessSimulation extends Simulation {
  /** The group of a producer's requests (publish, and a transactional message's decision). */
  protected static final String PRODUCE = "produce";
  /** The group of a consumer's requests after a poll: ack, commit, rollback. */
  protected static final String SETTLE = "settle";
  /** The share of {@code mq.maxRequests} kept for consumers to drain what producers published. */
  protected static final double DRAIN_RESERVE = 0.2;
  /** For a run that is all producers or all consumers: no reserve. */
  protected static final double NO_RESERVE = 0;

  protected final HarnessSettings settings;
  protected final Target target;
  protected final RequestBudget budget;
  protected final MqRequests requests;
  protected final MessageFactory messages;
  /** {@code mq.warmUpSeconds} at {@code mq.warmUpRate}: silent requests before the measured load. */
  protected final WarmUp warmUp;
  /** {@code mq.faults}: what the run injects into its simulator (empty: nothing). */
  protected final FaultPlan faults;
  /** Every tracked request's outcome, by operation and KO kind, and what each fault did. */
  protected final RequestOutcomes outcomes;
  /** Builds requests whose outcomes go to {@link #outcomes}. */
  protected final TrackedRequests tracked;
  /** {@code mq.requestTimeoutSeconds} (default Gatling's 60 s): an answer not there by then is a KO. */
  protected final Duration requestTimeout;
  private final FaultInjector injector;
  private final WarmUpRecorder warmUpRecorder = new WarmUpRecorder();
  private final CompletableFuture<Void> prepared = new CompletableFuture<>();
  private Instant started = Instant.now();
  private volatile Instant measuredSince;

  /**
   * {@code topicKind}: which configured topic the simulation runs on ({@code mq.target.topic.normal} or
   * {@code .transactional}); {@code defaultTopic} and {@code defaultGroup} apply when it or
   * {@code mq.target.group.primary} is not given. {@code consumerReserve}: {@link #DRAIN_RESERVE} when producers and
   * consumers run together, else {@link #NO_RESERVE}.
   */
  protected HarnessSimulation(TopicKind topicKind, String defaultTopic, String defaultGroup, double consumerReserve) {
    settings = HarnessSettings.fromEnvironment(topicKind, defaultTopic, defaultGroup);
    budget = new RequestBudget(settings.maxRequests(), consumerReserve);
    Parameters parameters = Parameters.fromEnvironment();
    requestTimeout = Duration.ofSeconds(parameters.integer("mq.requestTimeoutSeconds",
        (int) MqRequests.GATLING_DEFAULT_TIMEOUT.toSeconds()));
    faults = FaultPlan.from(parameters);
    if (faults.faults().size() > 31) {
      throw new IllegalArgumentException("mq.faults: at most 31 faults, got " + faults.faults().size());
    }
    target = Target.open(settings);
    if (!faults.isEmpty() && target.description().kind() == TargetKind.REAL_INSTANCE) {
      target.close();
      throw new IllegalArgumentException("mq.faults needs a simulator (embedded or standalone): faults are stubs put"
          + " in place through its admin API, which " + target.baseUrl() + " does not have");
    }
    requests = new MqRequests(settings, new MqSignature(target.credentials(), Clock.systemUTC(), budget))
        .withRequestTimeout(requestTimeout);
    messages = new MessageFactory(settings);
    warmUp = WarmUp.from(parameters);
    injector = faults.isEmpty() ? null : new FaultInjector(faults, new SimulatorAdminClient(target.baseUrl()));
    outcomes = new RequestOutcomes(faults.faults(), requestTimeout);
    tracked = new TrackedRequests(outcomes, injector == null ? () -> 0 : injector::activeMask);
  }

  /**
   * Producers of {@code oneMessage} follow the configured model: open (users/s after a ramp, one message each) or
   * closed ({@code mq.users} producers, each producing message after message for the duration).
   */
  protected PopulationBuilder producers(String name, ChainBuilder oneMessage) {
    if (settings.model() == LoadModel.OPEN) {
      return scenario(name).exitHereIf(session -> budget.closedToProducers()).exec(oneMessage).injectOpen(
          rampUsersPerSec(1).to(settings.usersPerSec()).during(settings.ramp()),
          constantUsersPerSec(settings.usersPerSec()).during(settings.duration().minus(settings.ramp())));
    }
    return scenario(name)
        .asLongAsDuring(session -> !budget.closedToProducers(), settings.duration())
        .on(exec(Session::markAsSucceeded).exec(oneMessage))
        .injectOpen(atOnceUsers(settings.concurrentUsers()));
  }

  /** Consumers are a fixed number of long-polling users. */
  protected PopulationBuilder consumers(ScenarioBuilder scenario) {
    return scenario.injectOpen(atOnceUsers(settings.consumers()));
  }

  /** How long consumers keep polling: the run, then the drain window. */
  protected Duration consumingTime() {
    return settings.duration().plus(settings.drain());
  }

  /** Producer requests the open model plans; the closed model has no plan but the cap. */
  protected long plannedProducerUsers() {
    if (settings.model() == LoadModel.CLOSED) {
      return -1;
    }
    double ramp = settings.ramp().toMillis() / 1000.0;
    double steady = settings.duration().minus(settings.ramp()).toMillis() / 1000.0;
    return Math.round((1 + settings.usersPerSec()) / 2 * ramp + settings.usersPerSec() * steady);
  }

  /** The guard rail: say what is about to be sent where, before anything is. */
  protected void announce(String plan) {
    System.out.println("== " + getClass().getSimpleName() + " against " + target.baseUrl() + " ("
        + target.description().kind().words() + ")");
    parameters().forEach((key, value) -> System.out.printf("   %-14s %s%n", key, value));
    System.out.println("   warm-up        " + warmUp.describe() + (warmUp.enabled()
        ? ", each " + warmUpLoad().eachUser() + "; silent: in no figure, report or assertion" : ""));
    faults.faults().forEach(fault -> System.out.println("   fault          " + fault.describe()));
    if (!faults.isEmpty()) {
      System.out.println("   with faults    " + (tracksOutcomes()
          ? "KOs of a fault's kind on its requests are the fault's; any other KO counts against "
              + settings.thresholds().maxErrorPercent() + " % of the requests"
          : "every KO counts against mq.assert.maxErrorPercent (this simulation does not tell KOs apart)")
          + (faults.longestDelay().isZero() ? "" : "; the p99 threshold is raised by the longest delay, "
              + faults.longestDelay().toMillis() + " ms"));
    }
    System.out.println("   planned        " + plan);
    String producersStop = budget.producerLimit() < settings.maxRequests()
        ? " (producers stop at " + budget.producerLimit() + ", the rest is kept for consumers to drain)" : "";
    System.out.println("   stops after    " + settings.maxRequests() + " requests" + producersStop + " or "
        + maxDuration().toSeconds() + " s, whichever comes first");
  }

  /** What the announcement and the run summary list as the run's parameters. */
  protected Map<String, String> parameters() {
    return settings.describe();
  }

  /** The run's duration cap (the warm-up included): {@code mq.maxDurationSeconds}. */
  protected Duration maxDuration() {
    return settings.maxDuration();
  }

  /**
   * Sets the run up: with a warm-up, its users first, then (once they are all done) {@link #prepare()}, then the
   * measured {@code populations}; without one, the populations alone.
   */
  protected void run(PopulationBuilder... populations) {
    setUp(warmUp.enabled() ? List.of(warmUpThen(populations)) : List.of(populations))
        .protocols(MqRequests.protocol(target.baseUrl()))
        .maxDuration(maxDuration())
        .assertions(assertions());
  }

  /** What one warm-up user does; by default it publishes one message. */
  protected WarmUpLoad warmUpLoad() {
    return warmUpChains().publishes();
  }

  /** Warm-up users built from this run's requests, timed into its warm-up figures. */
  protected WarmUpChains warmUpChains() {
    return new WarmUpChains(settings, requests, warmUpRecorder);
  }

  private PopulationBuilder warmUpThen(PopulationBuilder... measured) {
    // One user between the warm-up and the load: it says the warm-up ended, prepares the run (a pre-fill must not
    // be taken by warm-up consumers) on another thread while it pauses, and marks where the figures start.
    PopulationBuilder ready = scenario("warm-up done")
        .exec(session -> {
          warmUpEnded();
          return session;
        })
        .asLongAs(session -> !prepared.isDone()).on(pause(Duration.ofMillis(50)))
        .crashLoadGeneratorIf(session -> "preparing the run failed: " + prepared.handle((ok, e) -> e).join(),
            session -> prepared.isCompletedExceptionally())
        .exec(session -> {
          measuredLoadStarts();
          return session;
        })
        .injectOpen(atOnceUsers(1))
        .andThen(measured);
    return scenario("warm-up")
        .exitHereIf(session -> budget.closedToProducers())
        .exec(warmUpLoad().chain())
        .injectOpen(constantUsersPerSec(warmUp.usersPerSec()).during(warmUp.duration()))
        .andThen(ready);
  }

  private void warmUpEnded() {
    System.out.printf("== warm-up done after %.1f s: %s; none of it is in the figures below%n",
        Duration.between(started, Instant.now()).toMillis() / 1000.0, warmUpRecorder.describe());
    CompletableFuture.runAsync(this::prepare).whenComplete((ok, e) -> {
      if (e == null) {
        prepared.complete(null);
      } else {
        prepared.completeExceptionally(e);
      }
    });
  }

  /** The run's Gatling assertions; by default {@code mq.assert.*} on {@link #latencyGroups()} and all requests. */
  protected List<Assertion> assertions() {
    HarnessSettings.Thresholds t = settings.thresholds();
    List<Assertion> out = new ArrayList<>();
    // Long polls wait by design, so the latency threshold is on the groups around every other request; an injected
    // delay adds to it (the delayed requests are the p99 by design).
    int p99 = (int) (t.p99Millis() + faults.longestDelay().toMillis());
    latencyGroups().forEach(group -> out.add(details(group).responseTime().percentile(99.0).lt(p99)));
    // With faults, the KOs they cause are expected: the harness judges the others (after()), when it tells them apart.
    if (faults.isEmpty() || !tracksOutcomes()) {
      out.add(global().failedRequests().percent().lte(t.maxErrorPercent()));
    }
    // Scaled out, no injector sees the whole run's throughput: ./harness merge checks the floor over the merged log.
    if (t.minRequestsPerSec() > 0 && !settings.injectors().partial()) {
      out.add(global().requestsPerSec().gte(t.minRequestsPerSec()));
    }
    return out;
  }

  /** The groups {@code mq.assert.p99Ms} applies to; each must have run at least once. */
  protected abstract List<String> latencyGroups();

  /**
   * True when the simulation builds its requests with {@link #tracked}: then its summary has {@code requests} (KOs
   * by operation and kind) and, with faults, only the KOs no fault explains count against
   * {@code mq.assert.maxErrorPercent}.
   */
  protected boolean tracksOutcomes() {
    return false;
  }

  @Override
  public void before() {
    if (!warmUp.enabled()) {
      prepare();
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
    measuredLoadStarted();
  }

  /** Called once when the measured load starts (after the warm-up, if any): start what samples the run. */
  protected void measuredLoadStarted() {}

  /** Set-up before the load starts, after the warm-up if there is one (pre-filling a topic); not measured. */
  protected void prepare() {}

  /**
   * The harness's own figures for the summary (Gatling's request statistics are in its report). {@code elapsed}:
   * the measured time, from the end of the warm-up (or the start of the run without one) to the end of the run.
   */
  protected abstract Map<String, Number> metrics(Duration elapsed);

  /** What went wrong, in words; {@link #failsRun()} says whether it fails the run. */
  protected List<String> problems() {
    return List.of();
  }

  protected boolean failsRun() {
    return false;
  }

  /**
   * What this injector of a scaled-out run hands to {@code ./harness merge} besides its figures: by default the
   * integral {@code metrics} as counters to add up; a simulation that keeps a history hands over its ledger.
   */
  protected PartialRun partialRun(Map<String, Number> metrics) {
    return PartialRun.counting(metrics);
  }

  @Override
  public void after() {
    Instant ended = Instant.now();
    try {
      if (injector != null) {
        injector.close();
      }
      Map<String, Number> metrics = metrics(Duration.between(measuredSince == null ? ended : measuredSince, ended));
      List<String> problems = new ArrayList<>(problems());
      List<String> faultProblems = faultProblems();
      problems.addAll(faultProblems);
      boolean failed = failsRun() || !faultProblems.isEmpty();
      RunSummary summary = withOwnSections(RunSummary.of(getClass().getSimpleName(), started, ended, settings,
          parameters(), metrics, problems, !failed).withWarmUp(warmUpFigures())
          .withOutcomes(tracksOutcomes() ? outcomes.byOperation() : null, faults.isEmpty() ? null : faultFigures()));
      Path written = settings.injectors().partial()
          ? PartialSummary.write(summary, settings.injectors(),
              partialRun(metrics).withMinRequestsPerSec(settings.thresholds().minRequestsPerSec()))
          : summary.write();
      System.out.println("== " + getClass().getSimpleName() + " figures (also in " + written + ")");
      metrics.forEach((key, value) -> System.out.printf("   %-24s %s%n", key, value));
      if (tracksOutcomes()) {
        outcomes.byOperation().forEach((operation, figures) -> System.out.printf("   %-24s %s%n", "requests." + operation, figures));
      }
      if (summary.faults() != null) {
        summary.faults().forEach(f -> System.out.printf("   fault %-18s %d of %d requests it could pick (%.2f %%, %s %% injected)%n",
            f.kind() + "/" + f.operation(), f.hits(), f.exposedRequests(), f.hitPercent(), f.percent()));
      }
      problems.forEach(problem -> System.out.println("   problem: " + problem));
      if (settings.injectors().partial()) {
        System.out.println("   note: " + settings.injectors().describe() + "'s share only; ./harness merge judges the whole run");
      }
      budgetNote();
      if (failed) {
        throw new IllegalStateException(getClass().getSimpleName() + " failed its own checks: " + problems);
      }
    } finally {
      target.close();
    }
  }

  /**
   * What fails a run with faults: a fault not put in place or not removed, and KOs no fault explains above
   * {@code mq.assert.maxErrorPercent} of the tracked requests.
   */
  private List<String> faultProblems() {
    if (injector == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(injector.problems());
    long all = outcomes.requests();
    long unexplained = outcomes.unexplainedKos();
    double limit = settings.thresholds().maxErrorPercent();
    if (tracksOutcomes() && all > 0 && unexplained * 100.0 / all > limit) {
      out.add(unexplained + " of " + all + " requests failed in a way no injected fault explains ("
          + Math.round(unexplained * 10_000.0 / all) / 100.0 + " % > mq.assert.maxErrorPercent " + limit + " %)");
    }
    return out;
  }

  private List<FaultFigures> faultFigures() {
    List<FaultFigures> out = new ArrayList<>();
    List<Fault> all = faults.faults();
    for (int i = 0; i < all.size(); i++) {
      out.add(FaultFigures.of(all.get(i), injector.addedAt(i), injector.removedAt(i), outcomes.exposed(i), outcomes.hit(i)));
    }
    return out;
  }

  /** Sections of the summary only this simulation writes ({@code capacity}, {@code steps}); none by default. */
  protected RunSummary withOwnSections(RunSummary summary) {
    return summary;
  }

  private WarmUpFigures warmUpFigures() {
    return warmUp.enabled() ? new WarmUpFigures(warmUp.seconds(), warmUpRecorder.requests()) : null;
  }

  private void budgetNote() {
    if (budget.spent()) {
      System.out.println("   note: the cap of " + settings.maxRequests() + " requests was reached; the run stopped early");
    }
  }

  protected static double perSecond(long count, Duration elapsed) {
    return elapsed.isZero() ? 0 : Math.round(count * 1000.0 / elapsed.toMillis() * 10) / 10.0;
  }
}
