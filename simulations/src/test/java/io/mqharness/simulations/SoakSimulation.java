package io.mqharness.simulations;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.mqharness.simulations.assertions.StandardAssertions.standardAssertions;
import static io.mqharness.simulations.chains.ConsumeAndAck.consumeAndAck;
import static io.mqharness.simulations.chains.ConsumeAndAck.consumeOrderedAndAck;
import static io.mqharness.simulations.chains.Decide.decide;
import static io.mqharness.simulations.chains.Groups.PRODUCE;
import static io.mqharness.simulations.chains.Groups.SETTLE;
import static io.mqharness.simulations.chains.MqProtocol.mqProtocol;
import static io.mqharness.simulations.chains.PopAndDecide.popAndDecideBatch;
import static io.mqharness.simulations.chains.Publish.publish;
import static io.mqharness.simulations.injection.Injection.consumers;
import static io.mqharness.simulations.injection.Injection.plannedProducerUsers;
import static io.mqharness.simulations.injection.Injection.pollers;
import static io.mqharness.simulations.injection.Injection.producers;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulations.chains.Messages;
import io.mqharness.simulations.chains.PopAndDecide;
import io.mqharness.simulations.chains.Recording;
import io.mqharness.simulations.faults.Operation;
import io.mqharness.simulations.harness.HarnessRun;
import io.mqharness.simulations.harness.HarnessSimulation;
import io.mqharness.simulations.harness.RunFigures;
import io.mqharness.simulations.history.History;
import io.mqharness.simulations.history.LatencyRecorder;
import io.mqharness.simulations.history.MessageLedger;
import io.mqharness.simulations.history.MessageLedger.Fate;
import io.mqharness.simulations.history.MessageLedger.Verdict;
import io.mqharness.simulations.outcomes.KoKind;
import io.mqharness.simulations.outcomes.TrackedRequests;
import io.mqharness.simulations.requests.MqRequests;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulations.settings.Parameters;
import io.mqharness.simulations.signing.MqSignature;
import io.mqharness.simulations.soak.SoakFigures;
import io.mqharness.simulations.soak.SoakMessages;
import io.mqharness.simulations.soak.SoakSampler;
import io.mqharness.simulations.soak.SoakSettings;
import io.mqharness.simulations.soak.SoakVerdict;
import io.mqharness.simulations.soak.Trend;
import io.mqharness.simulations.warmup.WarmUpLoad;
import io.mqharness.simulator.targeting.TargetKind;
import io.mqharness.simulator.targeting.TopicKind;
import io.mqharness.simulator.testkit.SimulatorAdminClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * A long, steady, mixed load on a standalone simulator, and what it does to the simulator over time
 * (docs/simulations.md, "Soak"). Producers publish every kind of message ({@link SoakMessages}:
 * normal, tagged with key and properties, timer, ordered, transactional committed, rolled back or
 * left for the check) at {@code mq.usersPerSec}; consumers long-poll and ack, ordered consumers
 * consume in order, checkers pop half messages and decide them, and one request a second (by
 * default) is one the service must refuse: a publish signed with a wrong secret (403 {@code
 * SignatureDoesNotMatch}) or an ack of a handle that is none (404 {@code ReceiptHandleError}). A
 * sampler reads the simulator's heap after a collection, threads, connections and stored messages
 * every {@code mq.soak.sampleSeconds}. The run fails when the heap, threads or connections grow
 * ({@link SoakVerdict}), a message is lost or a rolled-back one delivered, or a request goes
 * unanswered within {@code mq.requestTimeoutSeconds}.
 */
public class SoakSimulation extends HarnessSimulation {
  private final HarnessRun run =
      onStandaloneSimulator(
          HarnessRun.open(
              SoakSimulation.class,
              TopicKind.NORMAL,
              "T_HARNESS_SOAK",
              "GID_HARNESS_SOAK",
              HarnessRun.DRAIN_RESERVE,
              HarnessRun.Outcomes.TRACKED));
  private final HarnessSettings settings = run.settings();
  private final Parameters parameters = Parameters.fromEnvironment();
  private final SoakSettings soak = SoakSettings.from(parameters);
  private final String orderedTopic =
      settings.target().topic(TopicKind.ORDERED).orElse("T_HARNESS_SOAK_ORDERED");
  private final int orderedConsumers = parameters.integer("mq.soak.orderedConsumers", 2);
  private final int checkers = parameters.integer("mq.soak.checkers", 2);
  private final double badRequestsPerSec = parameters.decimal("mq.soak.badRequestsPerSec", 1);
  private final SoakMessages soakMessages =
      new SoakMessages(
          run.messages(),
          settings.checkImmunitySeconds(),
          Math.round(parameters.decimal("mq.soak.timerDelaySeconds", 10) * 1000));
  private final MessageLedger ledger = new MessageLedger();
  private final LatencyRecorder latency = new LatencyRecorder();
  private final History history = new History(ledger, latency);
  private final Map<String, Fate> checkerDecisions = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> publishedByKind = new ConcurrentHashMap<>();
  private final LongAdder published = new LongAdder();
  private final LongAdder popped = new LongAdder();
  private final LongAdder refusedAsExpected = new LongAdder();
  private SoakSampler sampler;

  public SoakSimulation() {
    MqRequests requests = run.requests();
    MqRequests ordered = requests.onTopic(orderedTopic);
    Recording recording = run.recording();
    ChainBuilder consume = consumeAndAck(requests, recording, history::received);
    ChainBuilder consumeOrdered = consumeOrderedAndAck(ordered, recording, history::received);
    ChainBuilder check =
        popAndDecideBatch(requests, recording, this::drawCheckDecision, this::checkerDecided);
    // Checkers stop half-way through the drain, so that what they commit last is still consumed
    // before the end.
    Duration checking = settings.duration().plus(settings.drain().dividedBy(2));

    List<PopulationBuilder> measured =
        new ArrayList<>(
            List.of(
                producers(run, "producer", produce(requests, ordered)),
                consumers(run, "consumer", consume),
                pollers(
                    run, "ordered consumer", orderedConsumers, run.consumingTime(), consumeOrdered),
                pollers(run, "checker", checkers, checking, check)));
    if (badRequestsPerSec > 0) {
      measured.add(
          scenario("refused")
              .exitHereIf(session -> run.budget().closedToProducers())
              .exec(refused())
              .injectOpen(constantUsersPerSec(badRequestsPerSec).during(settings.duration())));
    }

    WarmUpLoad warmUp = run.warmUpChains().publishesConsumesAndAcks();
    run.describedAs(parameters(), settings.maxDuration());
    run.announce(
        warmUp,
        "about "
            + plannedProducerUsers(settings)
            + " publishes of every kind, "
            + settings.consumers()
            + " consumers, "
            + orderedConsumers
            + " ordered consumers and "
            + checkers
            + " checkers polling for "
            + run.consumingTime().toSeconds()
            + " s, "
            + badRequestsPerSec
            + " refused requests/s; samples every "
            + soak.sampleInterval().toMillis() / 1000.0
            + " s"
            + (soak.explicitGc() ? " after a System.gc() in the simulator" : ""));
    setUp(run.afterWarmUp(warmUp, this::startSampler, measured.toArray(PopulationBuilder[]::new)))
        .protocols(mqProtocol(run.target().baseUrl()))
        .maxDuration(run.maxDuration())
        .assertions(standardAssertions(run, PRODUCE, SETTLE));
  }

  @Override
  public void before() {
    run.before();
  }

  @Override
  public void after() {
    run.after(this::figures);
  }

  private static HarnessRun onStandaloneSimulator(HarnessRun run) {
    if (run.target().description().kind() != TargetKind.STANDALONE_SIMULATOR) {
      run.target().close();
      throw new IllegalArgumentException(
          "a soak samples the simulator's own JVM, so it needs a standalone simulator"
              + " named by mq.target.url (./harness soak starts one); "
              + run.target().description().kind().words()
              + " given");
    }
    return run;
  }

  /** Samples the simulator from the start of the measured load. */
  private void startSampler() {
    sampler =
        new SoakSampler(
            new SimulatorAdminClient(run.target().baseUrl()),
            soak,
            () ->
                new SoakSampler.Counts(
                    run.outcomes().requests(),
                    published.sum(),
                    history.deliveries(),
                    run.outcomes().kos()));
    sampler.start();
  }

  /**
   * A producer publishes the next message of the mix (an ordered one on the ordered topic); a
   * transactional one to be decided at once is committed or rolled back with its publish handle
   * (SPEC §6.5 rule 3).
   */
  private ChainBuilder produce(MqRequests requests, MqRequests ordered) {
    return exec(soakMessages::next)
        .exec(
            group(PRODUCE)
                .on(
                    exec(session -> session.remove("published"))
                        .doIfOrElse(
                            session -> SoakMessages.ORDERED.equals(session.getString("kind")))
                        .then(publish(ordered, "publish ordered", run.recording()))
                        .orElse(publish(requests, "publish #{kind}", run.recording()))
                        .exec(this::afterPublish)
                        .doIf(session -> session.contains("published") && isDecidedAtOnce(session))
                        .then(
                            exec(session ->
                                    session.set(
                                        Messages.HANDLES,
                                        List.of(
                                            session
                                                .<PublishResponse>get("published")
                                                .receiptHandle())))
                                .exec(
                                    decide(requests, "#{decision}", "#{decision}", run.recording()))
                                .exec(this::decidedAtOnce))));
  }

  private boolean isDecidedAtOnce(Session session) {
    return SoakMessages.TRANSACTIONAL.equals(session.getString("kind"))
        && !SoakMessages.CHECK.equals(session.getString("decision"));
  }

  private Session afterPublish(Session session) {
    if (session.contains(TrackedRequests.LAST_KO) || !session.contains("published")) {
      ledger.unconfirmed(session.getString("bodyKey"));
      return session;
    }
    String kind = session.getString("kind");
    published.increment();
    publishedByKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
    String id = session.<PublishResponse>get("published").messageId();
    if (!SoakMessages.TRANSACTIONAL.equals(kind)) {
      ledger.published(id, kind, Fate.EXPECTED);
    } else if (SoakMessages.CHECK.equals(session.getString("decision"))) {
      ledger.published(id, kind, Fate.UNDECIDED); // the checker that decides it says its fate
    }
    return session;
  }

  /**
   * A decision the service did not confirm leaves the message undecided: neither owed nor
   * forbidden.
   */
  private Session decidedAtOnce(Session session) {
    String id = session.<PublishResponse>get("published").messageId();
    Fate fate =
        session.contains(TrackedRequests.LAST_KO)
            ? Fate.UNDECIDED
            : SoakMessages.COMMIT.equals(session.getString("decision"))
                ? Fate.EXPECTED
                : Fate.ROLLED_BACK;
    ledger.published(id, SoakMessages.TRANSACTIONAL, fate);
    return session;
  }

  /** A checker commits or rolls back each batch it pops, by the commit ratio. */
  private Session drawCheckDecision(Session session) {
    List<ConsumedMessage> batch = session.getList(Messages.MESSAGES);
    popped.add(batch.size());
    String decision =
        ThreadLocalRandom.current().nextDouble() < settings.commitRatio()
            ? SoakMessages.COMMIT
            : SoakMessages.ROLLBACK;
    return session
        .set(PopAndDecide.DECISION, decision)
        .set("checkIds", batch.stream().map(ConsumedMessage::messageId).toList());
  }

  private Session checkerDecided(Session session) {
    if (!session.contains(TrackedRequests.LAST_KO)) {
      Fate fate =
          SoakMessages.COMMIT.equals(session.getString(PopAndDecide.DECISION))
              ? Fate.EXPECTED
              : Fate.ROLLED_BACK;
      session.<String>getList("checkIds").forEach(id -> checkerDecisions.put(id, fate));
    }
    return session;
  }

  /**
   * A request the service must refuse, alternately a publish with a wrong signature and an ack of
   * no handle.
   */
  private ChainBuilder refused() {
    MqRequests wrongKey =
        run.requests()
            .signedBy(
                new MqSignature(
                    Credentials.of(run.target().credentials().accessKeyId(), "not-the-secret"),
                    Clock.systemUTC()));
    return exec(soakMessages::next)
        .exec(
            session ->
                session.set("badHandles", List.of("not-a-receipt-handle-" + session.userId())))
        .doIfOrElse(session -> session.userId() % 2 == 0)
        .then(
            run.recording()
                .send(
                    Operation.PUBLISH,
                    wrongKey.refusedPublish(
                        "refused publish (bad signature)", 403, "SignatureDoesNotMatch"),
                    403))
        .orElse(
            run.recording()
                .send(
                    Operation.ACK,
                    run.requests().refusedAck("refused ack (bad handle)", "badHandles"),
                    404))
        .exec(
            session -> {
              if (!session.contains(TrackedRequests.LAST_KO)) {
                refusedAsExpected.increment();
              }
              return session;
            });
  }

  private RunFigures figures(Duration elapsed) {
    SoakFigures figures =
        new SoakVerdict(soak)
            .judge(sampler == null ? List.of() : sampler.stop(), settings.duration().toSeconds());
    checkerDecisions.forEach((id, fate) -> ledger.published(id, SoakMessages.TRANSACTIONAL, fate));
    Verdict verdict = ledger.verdict();
    long timeouts = run.outcomes().kos(KoKind.TIMEOUT);
    Map<String, Number> out = new LinkedHashMap<>();
    out.put("published", published.sum());
    publishedByKind.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.put("published." + e.getKey(), e.getValue().sum()));
    out.put("publishedPerSecond", RunFigures.perSecond(published.sum(), elapsed));
    out.put("expected", verdict.expected());
    out.put("delivered", verdict.deliveredDistinct());
    out.put("deliveredPerSecond", RunFigures.perSecond(history.deliveries(), elapsed));
    out.put("popped", popped.sum());
    out.put("checkerDecisions", checkerDecisions.size());
    out.put("refusedAsExpected", refusedAsExpected.sum());
    out.put("lost", verdict.lost().size());
    out.put("duplicated", verdict.duplicated().size());
    out.put("unexpected", verdict.unexpected().size());
    out.put("rolledBackDelivered", verdict.rolledBackDelivered().size());
    out.put("unconfirmedDelivered", verdict.unconfirmedDelivered().size());
    out.put("timeouts", timeouts);
    out.put("samples", figures.samples().size());
    for (Trend trend : figures.trends()) {
      out.put(
          "trend." + trend.series() + ".slopePerSecond",
          Math.round(trend.slopePerSecond() * 100) / 100.0);
    }
    out.putAll(latency.metrics("e2e"));

    List<String> problems = new ArrayList<>(verdict.problems());
    figures.trends().stream()
        .filter(Trend::grows)
        .forEach(trend -> problems.add("grows without bound: " + trend.describe()));
    if (timeouts > 0) {
      problems.add(
          timeouts
              + " request(s) went unanswered within "
              + run.requestTimeout().toSeconds()
              + " s");
    }
    boolean samplerFailed = sampler != null && sampler.failedSamples() > figures.samples().size();
    if (samplerFailed) {
      problems.add(
          sampler.failedSamples()
              + " samples of the simulator failed ("
              + sampler.lastFailure()
              + ")");
    }
    boolean tooFewSamples = figures.samples().size() < soak.minSamples() * 2;
    if (tooFewSamples) {
      problems.add(
          "only "
              + figures.samples().size()
              + " samples: run longer, or sample more often (mq.soak.sampleSeconds)");
    }
    boolean fails =
        !verdict.passed() || !figures.passed() || timeouts > 0 || tooFewSamples || samplerFailed;
    return RunFigures.of(out)
        .withProblems(problems, fails)
        .withSections(summary -> summary.withSoak(figures));
  }

  private Map<String, String> parameters() {
    Map<String, String> out = new LinkedHashMap<>(settings.describe());
    out.put("orderedTopic", orderedTopic);
    out.put(
        "soak",
        "samples every "
            + soak.sampleInterval().toMillis() / 1000.0
            + " s"
            + (soak.explicitGc() ? " after System.gc()" : "")
            + "; judged over the last "
            + Math.round(soak.judgedShare() * 100)
            + " %: a series grows when t >= "
            + soak.minTStatistic()
            + " and its growth reaches the allowance (heap "
            + soak.heapGrowthPercent()
            + " % of its limit, "
            + soak.maxThreadGrowth()
            + " threads, "
            + soak.maxConnectionGrowth()
            + " connections)");
    return out;
  }
}
