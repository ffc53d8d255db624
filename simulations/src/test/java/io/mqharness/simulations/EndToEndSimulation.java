package io.mqharness.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.mqharness.simulations.assertions.StandardAssertions.standardAssertions;
import static io.mqharness.simulations.chains.ConsumeAndAck.consumeAndAck;
import static io.mqharness.simulations.chains.Decide.decide;
import static io.mqharness.simulations.chains.Groups.PRODUCE;
import static io.mqharness.simulations.chains.Groups.SETTLE;
import static io.mqharness.simulations.chains.MqProtocol.mqProtocol;
import static io.mqharness.simulations.chains.Publish.publish;
import static io.mqharness.simulations.injection.Injection.consumers;
import static io.mqharness.simulations.injection.Injection.plannedProducers;
import static io.mqharness.simulations.injection.Injection.producers;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.simulations.chains.Messages;
import io.mqharness.simulations.harness.HarnessRun;
import io.mqharness.simulations.harness.HarnessSimulation;
import io.mqharness.simulations.harness.RunFigures;
import io.mqharness.simulations.history.History;
import io.mqharness.simulations.history.LatencyRecorder;
import io.mqharness.simulations.history.MessageLedger;
import io.mqharness.simulations.history.MessageLedger.Fate;
import io.mqharness.simulations.history.MessageLedger.Verdict;
import io.mqharness.simulations.outcomes.TrackedRequests;
import io.mqharness.simulations.requests.MessageFactory;
import io.mqharness.simulations.scaleout.PartialRun;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulations.warmup.WarmUpLoad;
import io.mqharness.simulator.targeting.TopicKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * Producers and consumers together. Producers publish normal, tagged and transactional messages; a
 * transactional one is committed or rolled back at once with its publish handle (SPEC §6.5 rule 3),
 * by the commit ratio. Consumers consume and ack (SPEC §6.1). Besides Gatling's request times, the
 * run measures the end-to-end latency from the moment the producer made a message (its {@code
 * harnessSentAt} property) to the moment a consumer holds it, and checks the history: a message
 * published (or committed) and never delivered, or rolled back and delivered, fails the run. Scaled
 * out ({@code mq.injectors} > 1), another injector may consume what this one published: an injector
 * then judges nothing of the history and hands its ledger and latencies to {@code ./harness merge}.
 */
public class EndToEndSimulation extends HarnessSimulation {
  private final HarnessRun run =
      HarnessRun.open(
          EndToEndSimulation.class,
          TopicKind.NORMAL,
          "T_HARNESS_E2E",
          "GID_HARNESS_E2E",
          HarnessRun.DRAIN_RESERVE,
          HarnessRun.Outcomes.TRACKED);
  private final HarnessSettings settings = run.settings();
  private final MessageLedger ledger = new MessageLedger();
  private final LatencyRecorder latency = new LatencyRecorder();
  private final History history = new History(ledger, latency);
  private final LongAdder ackFailedRequests = new LongAdder();
  private final LongAdder ackFailedMessages = new LongAdder();

  public EndToEndSimulation() {
    ChainBuilder produce =
        exec(run.messages()::next)
            .exec(
                group(PRODUCE)
                    .on(
                        publish(run.requests(), "publish #{kind}", run.recording())
                            .exec(this::unconfirmedIfFailed)
                            .doIfOrElse(this::isTransactional)
                            .then(
                                exec(this::drawDecision)
                                    .exec(
                                        decide(
                                            run.requests(),
                                            "#{decision}",
                                            "#{decision}",
                                            run.recording()))
                                    .exec(this::decided))
                            .orElse(exec(session -> published(session, Fate.EXPECTED)))));
    ChainBuilder consume =
        consumeAndAck(run.requests(), run.recording(), history::received, this::ackFailedIfFailed);

    // Scaled out, the injectors do not start together: a late injector's warm-up consumers would
    // take (and ack)
    // messages another injector's measured phase published, which no ledger would then record as
    // delivered. So a
    // scaled-out injector warms up by publishing only; measured consumers ack warm-up messages and
    // count them nowhere.
    WarmUpLoad warmUp =
        settings.injectors().partial()
            ? run.warmUpChains().publishes()
            : run.warmUpChains().publishesConsumesAndAcks();
    run.announce(
        warmUp,
        plannedProducers(settings, "publishes", "closed-model producers for the duration")
            + ", "
            + settings.consumers()
            + " consumers polling for "
            + run.consumingTime().toSeconds()
            + " s");
    setUp(
            run.afterWarmUp(
                warmUp, producers(run, "producer", produce), consumers(run, "consumer", consume)))
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

  private boolean isTransactional(Session session) {
    return !session.isFailed() && MessageFactory.TRANSACTIONAL.equals(session.getString("kind"));
  }

  /**
   * A publish without a good answer (a 500, a reset, a timeout) has no message id; the service may
   * have stored it all the same (an answer lost after the store), so the ledger keeps its body's
   * key: a delivery of it is {@code unconfirmedDelivered}, neither owed nor unexpected.
   */
  private Session unconfirmedIfFailed(Session session) {
    if (session.contains(TrackedRequests.LAST_KO)) {
      ledger.unconfirmed(session.getString("bodyKey"));
    }
    return session;
  }

  /**
   * An ack that failed leaves its messages to be delivered again once their invisibility ends:
   * duplicates.
   */
  private Session ackFailedIfFailed(Session session) {
    if (session.contains(TrackedRequests.LAST_KO)) {
      ackFailedRequests.increment();
      ackFailedMessages.add(session.getList(Messages.HANDLES).size());
    }
    return session;
  }

  private Session drawDecision(Session session) {
    PublishResponse half = session.get("published");
    String decision =
        ThreadLocalRandom.current().nextDouble() < settings.commitRatio() ? "commit" : "rollback";
    return session.set("decision", decision).set(Messages.HANDLES, List.of(half.receiptHandle()));
  }

  /**
   * A decision the service did not confirm leaves the message undecided: neither owed nor
   * forbidden.
   */
  private Session decided(Session session) {
    Fate fate =
        session.isFailed()
            ? Fate.UNDECIDED
            : "commit".equals(session.getString("decision")) ? Fate.EXPECTED : Fate.ROLLED_BACK;
    return published(session, fate);
  }

  private Session published(Session session, Fate fate) {
    if (session.contains("published") && !(session.isFailed() && fate == Fate.EXPECTED)) {
      ledger.published(
          session.<PublishResponse>get("published").messageId(), session.getString("kind"), fate);
    }
    return session;
  }

  private RunFigures figures(Duration elapsed) {
    Verdict verdict = ledger.verdict();
    Map<String, Number> out = new LinkedHashMap<>();
    out.put("published", verdict.published());
    out.put("expected", verdict.expected());
    out.put("delivered", verdict.deliveredDistinct());
    if (!settings.injectors().partial()) {
      out.put("lost", verdict.lost().size());
      out.put("duplicated", verdict.duplicated().size());
      out.put("unexpected", verdict.unexpected().size());
      out.put("rolledBackDelivered", verdict.rolledBackDelivered().size());
      out.put("unconfirmedPublishes", ledger.unconfirmedCount());
      out.put("unconfirmedDelivered", verdict.unconfirmedDelivered().size());
    }
    out.put("ackFailed", ackFailedRequests.sum());
    out.put("ackFailedMessages", ackFailedMessages.sum());
    out.putAll(latency.metrics("e2e"));
    RunFigures figures = RunFigures.of(out).withPartialRun(PartialRun.history(ledger, latency));
    if (settings.injectors().partial()) {
      return figures.withProblems(
          run.budget().spent()
              ? List.of(
                  "the request cap of "
                      + settings.maxRequests()
                      + " (this injector's share) stopped its consumers before they drained")
              : List.of(),
          false);
    }
    List<String> problems = new ArrayList<>(verdict.problems());
    if (run.budget().spent() && !verdict.lost().isEmpty()) {
      problems.add(
          "the request cap of "
              + settings.maxRequests()
              + " stopped the consumers before they drained:"
              + " the lost messages may still be queued; raise mq.maxRequests to judge them");
    }
    return figures.withProblems(problems, !verdict.passed());
  }
}
