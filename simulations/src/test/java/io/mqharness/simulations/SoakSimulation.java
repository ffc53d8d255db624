package io.mqharness.simulations;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.mqharness.mock.targeting.SimulatorAdminClient;
import io.mqharness.mock.targeting.TargetKind;
import io.mqharness.mock.targeting.TopicKind;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulations.faults.Operation;
import io.mqharness.simulations.harness.HarnessSimulation;
import io.mqharness.simulations.harness.RunSummary;
import io.mqharness.simulations.history.LatencyRecorder;
import io.mqharness.simulations.history.MessageLedger;
import io.mqharness.simulations.history.MessageLedger.Fate;
import io.mqharness.simulations.history.MessageLedger.Verdict;
import io.mqharness.simulations.outcomes.KoKind;
import io.mqharness.simulations.outcomes.TrackedRequests;
import io.mqharness.simulations.requests.MqRequests;
import io.mqharness.simulations.requests.ProtocolBodies;
import io.mqharness.simulations.settings.Parameters;
import io.mqharness.simulations.signing.MqSignature;
import io.mqharness.simulations.soak.SoakFigures;
import io.mqharness.simulations.soak.SoakMessages;
import io.mqharness.simulations.soak.SoakSampler;
import io.mqharness.simulations.soak.SoakSettings;
import io.mqharness.simulations.soak.SoakVerdict;
import io.mqharness.simulations.soak.Trend;
import io.mqharness.simulations.warmup.WarmUpLoad;
import io.mqharness.simulations.warmup.WarmUpMessages;
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
 * (simulations/README.md, "Soak"). Producers publish every kind of message ({@link SoakMessages}: normal, tagged
 * with key and properties, timer, ordered, transactional committed, rolled back or left for the check) at
 * {@code mq.usersPerSec}; consumers long-poll and ack, ordered consumers consume in order, checkers pop half
 * messages and decide them, and one request a second (by default) is one the service must refuse: a publish signed
 * with a wrong secret (403 {@code SignatureDoesNotMatch}) or an ack of a handle that is none (404
 * {@code ReceiptHandleError}). A sampler reads the simulator's heap after a collection, threads, connections and
 * stored messages every {@code mq.soak.sampleSeconds}. The run fails when the heap, threads or connections grow
 * ({@link SoakVerdict}), a message is lost or a rolled-back one delivered, or a request goes unanswered within
 * {@code mq.requestTimeoutSeconds}.
 */
public class SoakSimulation extends HarnessSimulation {
  private final MessageLedger ledger = new MessageLedger();
  private final LatencyRecorder latency = new LatencyRecorder();
  private final Map<String, Fate> checkerDecisions = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> publishedByKind = new ConcurrentHashMap<>();
  private final LongAdder published = new LongAdder();
  private final LongAdder deliveries = new LongAdder();
  private final LongAdder popped = new LongAdder();
  private final LongAdder refusedAsExpected = new LongAdder();
  private final SoakSettings soak;
  private final SoakMessages soakMessages;
  private final String orderedTopic;
  private final int orderedConsumers;
  private final int checkers;
  private final double badRequestsPerSec;
  private SoakSampler sampler;
  private SoakFigures figures;
  private Verdict verdict;

  public SoakSimulation() {
    super(TopicKind.NORMAL, "T_HARNESS_SOAK", "GID_HARNESS_SOAK", DRAIN_RESERVE);
    if (target.description().kind() != TargetKind.STANDALONE_SIMULATOR) {
      target.close();
      throw new IllegalArgumentException("a soak samples the simulator's own JVM, so it needs a standalone simulator"
          + " named by mq.target.url (./harness soak starts one); " + target.description().kind().words()
          + " given");
    }
    Parameters parameters = Parameters.fromEnvironment();
    soak = SoakSettings.from(parameters);
    orderedTopic = settings.target().topic(TopicKind.ORDERED).orElse("T_HARNESS_SOAK_ORDERED");
    orderedConsumers = parameters.integer("mq.soak.orderedConsumers", 2);
    checkers = parameters.integer("mq.soak.checkers", 2);
    badRequestsPerSec = parameters.decimal("mq.soak.badRequestsPerSec", 1);
    soakMessages = new SoakMessages(messages, settings.checkImmunitySeconds(),
        Math.round(parameters.decimal("mq.soak.timerDelaySeconds", 10) * 1000));
    MqRequests ordered = requests.onTopic(orderedTopic);
    MqRequests wrongKey = requests.signedBy(new MqSignature(
        Credentials.of(target.credentials().accessKeyId(), "not-the-secret"), Clock.systemUTC(), budget));

    ChainBuilder produce = exec(soakMessages::next)
        .exec(group(PRODUCE).on(
            exec(session -> session.remove("published"))
                .doIfOrElse(session -> SoakMessages.ORDERED.equals(session.getString("kind")))
                .then(tracked.of(Operation.PUBLISH, ordered.publish("publish ordered"), 201))
                .orElse(tracked.of(Operation.PUBLISH, requests.publish("publish #{kind}"), 201))
                .exec(this::afterPublish)
                .doIf(session -> session.contains("published") && isDecidedAtOnce(session)).then(
                    exec(session -> session.set("handles", List.of(session.<PublishResponse>get("published").receiptHandle())))
                        .exec(tracked.of(Operation.DECIDE, requests.delete("#{decision}", "#{decision}", "handles"), 204))
                        .exec(this::decidedAtOnce))));
    announce("about " + plannedProducerUsers() + " publishes of every kind, " + settings.consumers() + " consumers, "
        + orderedConsumers + " ordered consumers and " + checkers + " checkers polling for " + consumingTime().toSeconds()
        + " s, " + badRequestsPerSec + " refused requests/s; samples every " + soak.sampleInterval().toMillis() / 1000.0
        + " s" + (soak.explicitGc() ? " after a System.gc() in the simulator" : ""));
    List<PopulationBuilder> populations = new ArrayList<>();
    populations.add(producers("producer", produce));
    populations.add(consumers(scenario("consumer").asLongAsDuring(session -> !budget.spent(), consumingTime())
        .on(consumeAndAck(requests, "consume", null))));
    populations.add(scenario("ordered consumer").asLongAsDuring(session -> !budget.spent(), consumingTime())
        .on(consumeAndAck(ordered, "consume ordered", "order")).injectOpen(io.gatling.javaapi.core.CoreDsl.atOnceUsers(orderedConsumers)));
    // Checkers stop half-way through the drain, so that what they commit last is still consumed before the end.
    populations.add(scenario("checker").asLongAsDuring(session -> !budget.spent(),
            settings.duration().plus(settings.drain().dividedBy(2)))
        .on(check()).injectOpen(io.gatling.javaapi.core.CoreDsl.atOnceUsers(checkers)));
    if (badRequestsPerSec > 0) {
      populations.add(scenario("refused").exitHereIf(session -> budget.closedToProducers())
          .exec(refused(wrongKey)).injectOpen(constantUsersPerSec(badRequestsPerSec).during(settings.duration())));
    }
    run(populations.toArray(PopulationBuilder[]::new));
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
      ledger.published(id, kind, Fate.UNDECIDED);  // the checker that decides it says its fate
    }
    return session;
  }

  /** A decision the service did not confirm leaves the message undecided: neither owed nor forbidden. */
  private Session decidedAtOnce(Session session) {
    String id = session.<PublishResponse>get("published").messageId();
    Fate fate = session.contains(TrackedRequests.LAST_KO) ? Fate.UNDECIDED
        : SoakMessages.COMMIT.equals(session.getString("decision")) ? Fate.EXPECTED : Fate.ROLLED_BACK;
    ledger.published(id, SoakMessages.TRANSACTIONAL, fate);
    return session;
  }

  private ChainBuilder consumeAndAck(MqRequests on, String name, String trans) {
    return exec(session -> session.remove("messages").markAsSucceeded())
        .exec(tracked.of(Operation.CONSUME, on.consume(name, trans), 200, 404))
        .doIf(session -> session.contains("messages") && !session.getList("messages").isEmpty()).then(
            exec(this::received)
                .exec(group(SETTLE).on(tracked.of(Operation.ACK, on.delete(trans == null ? "ack" : "ack ordered", null, "handles"), 204))));
  }

  private Session received(Session session) {
    long now = System.currentTimeMillis();
    List<ConsumedMessage> batch = session.getList("messages");
    for (ConsumedMessage message : batch) {
      if (WarmUpMessages.isWarmUp(message)) {
        continue;
      }
      deliveries.increment();
      ledger.delivered(message.messageId(), MessageLedger.bodyKey(message.body()));
      message.properties().get(ProtocolBodies.SENT_AT).ifPresent(sentAt -> latency.record(now - Long.parseLong(sentAt)));
    }
    return session.set("handles", MqRequests.handles(batch));
  }

  /** A checker pops half messages whose check immunity passed and commits or rolls each back by the commit ratio. */
  private ChainBuilder check() {
    return exec(session -> session.remove("messages").markAsSucceeded())
        .exec(tracked.of(Operation.CONSUME, requests.consume("pop half", "pop"), 200, 404))
        .doIf(session -> session.contains("messages") && !session.getList("messages").isEmpty()).then(
            exec(session -> {
              List<ConsumedMessage> batch = session.getList("messages");
              popped.add(batch.size());
              String decision = ThreadLocalRandom.current().nextDouble() < settings.commitRatio()
                  ? SoakMessages.COMMIT : SoakMessages.ROLLBACK;
              return session.set("handles", MqRequests.handles(batch)).set("checkDecision", decision)
                  .set("checkIds", batch.stream().map(ConsumedMessage::messageId).toList());
            })
                .exec(group(SETTLE).on(tracked.of(Operation.DECIDE,
                    requests.delete("#{checkDecision} after check", "#{checkDecision}", "handles"), 204)))
                .exec(session -> {
                  if (!session.contains(TrackedRequests.LAST_KO)) {
                    Fate fate = SoakMessages.COMMIT.equals(session.getString("checkDecision")) ? Fate.EXPECTED : Fate.ROLLED_BACK;
                    session.<String>getList("checkIds").forEach(id -> checkerDecisions.put(id, fate));
                  }
                  return session;
                }));
  }

  /** A request the service must refuse, alternately a publish with a wrong signature and an ack of no handle. */
  private ChainBuilder refused(MqRequests wrongKey) {
    return exec(soakMessages::next)
        .exec(session -> session.set("badHandles", List.of("not-a-receipt-handle-" + session.userId())))
        .doIfOrElse(session -> session.userId() % 2 == 0)
        .then(tracked.of(Operation.PUBLISH, wrongKey.refusedPublish("refused publish (bad signature)", 403,
            "SignatureDoesNotMatch"), 403))
        .orElse(tracked.of(Operation.ACK, requests.refusedAck("refused ack (bad handle)", "badHandles"), 404))
        .exec(session -> {
          if (!session.contains(TrackedRequests.LAST_KO)) {
            refusedAsExpected.increment();
          }
          return session;
        });
  }

  @Override
  protected WarmUpLoad warmUpLoad() {
    return warmUpChains().publishesConsumesAndAcks();
  }

  @Override
  protected void measuredLoadStarted() {
    sampler = new SoakSampler(new SimulatorAdminClient(target.baseUrl()), soak,
        () -> new SoakSampler.Counts(outcomes.requests(), published.sum(), deliveries.sum(), outcomes.kos()));
    sampler.start();
  }

  @Override
  protected boolean tracksOutcomes() {
    return true;
  }

  @Override
  protected List<String> latencyGroups() {
    return List.of(PRODUCE, SETTLE);
  }

  @Override
  protected Map<String, Number> metrics(Duration elapsed) {
    figures = new SoakVerdict(soak).judge(sampler == null ? List.of() : sampler.stop(), settings.duration().toSeconds());
    checkerDecisions.forEach((id, fate) -> ledger.published(id, SoakMessages.TRANSACTIONAL, fate));
    verdict = ledger.verdict();
    Map<String, Number> out = new LinkedHashMap<>();
    out.put("published", published.sum());
    publishedByKind.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.put("published." + e.getKey(), e.getValue().sum()));
    out.put("publishedPerSecond", perSecond(published.sum(), elapsed));
    out.put("expected", verdict.expected());
    out.put("delivered", verdict.deliveredDistinct());
    out.put("deliveredPerSecond", perSecond(deliveries.sum(), elapsed));
    out.put("popped", popped.sum());
    out.put("checkerDecisions", checkerDecisions.size());
    out.put("refusedAsExpected", refusedAsExpected.sum());
    out.put("lost", verdict.lost().size());
    out.put("duplicated", verdict.duplicated().size());
    out.put("unexpected", verdict.unexpected().size());
    out.put("rolledBackDelivered", verdict.rolledBackDelivered().size());
    out.put("unconfirmedDelivered", verdict.unconfirmedDelivered().size());
    out.put("timeouts", outcomes.kos(KoKind.TIMEOUT));
    out.put("samples", figures.samples().size());
    for (Trend trend : figures.trends()) {
      out.put("trend." + trend.series() + ".slopePerSecond", Math.round(trend.slopePerSecond() * 100) / 100.0);
    }
    out.putAll(latency.metrics("e2e"));
    return out;
  }

  @Override
  protected List<String> problems() {
    List<String> problems = new ArrayList<>(verdict.problems());
    figures.trends().stream().filter(Trend::grows).forEach(trend -> problems.add("grows without bound: " + trend.describe()));
    long timeouts = outcomes.kos(KoKind.TIMEOUT);
    if (timeouts > 0) {
      problems.add(timeouts + " request(s) went unanswered within " + requestTimeout.toSeconds() + " s");
    }
    if (sampler != null && sampler.failedSamples() > figures.samples().size()) {
      problems.add(sampler.failedSamples() + " samples of the simulator failed (" + sampler.lastFailure() + ")");
    }
    if (figures.samples().size() < soak.minSamples() * 2) {
      problems.add("only " + figures.samples().size() + " samples: run longer, or sample more often (mq.soak.sampleSeconds)");
    }
    return problems;
  }

  @Override
  protected boolean failsRun() {
    return !verdict.passed() || !figures.passed() || outcomes.kos(KoKind.TIMEOUT) > 0
        || figures.samples().size() < soak.minSamples() * 2
        || (sampler != null && sampler.failedSamples() > figures.samples().size());
  }

  @Override
  protected RunSummary withOwnSections(RunSummary summary) {
    return summary.withSoak(figures);
  }

  @Override
  protected Map<String, String> parameters() {
    Map<String, String> out = new LinkedHashMap<>(super.parameters());
    out.put("orderedTopic", orderedTopic);
    out.put("soak", "samples every " + soak.sampleInterval().toMillis() / 1000.0 + " s"
        + (soak.explicitGc() ? " after System.gc()" : "") + "; judged over the last " + Math.round(soak.judgedShare() * 100)
        + " %: a series grows when t >= " + soak.minTStatistic() + " and its growth reaches the allowance (heap "
        + soak.heapGrowthPercent() + " % of its limit, " + soak.maxThreadGrowth() + " threads, "
        + soak.maxConnectionGrowth() + " connections)");
    return out;
  }
}
