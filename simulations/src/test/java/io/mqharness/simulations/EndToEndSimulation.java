package io.mqharness.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Session;
import io.mqharness.mock.targeting.TopicKind;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.simulations.faults.Operation;
import io.mqharness.simulations.harness.HarnessSimulation;
import io.mqharness.simulations.history.LatencyRecorder;
import io.mqharness.simulations.history.MessageLedger;
import io.mqharness.simulations.history.MessageLedger.Fate;
import io.mqharness.simulations.history.MessageLedger.Verdict;
import io.mqharness.simulations.requests.MessageFactory;
import io.mqharness.simulations.requests.MqRequests;
import io.mqharness.simulations.outcomes.TrackedRequests;
import io.mqharness.simulations.requests.ProtocolBodies;
import io.mqharness.simulations.scaleout.PartialRun;
import io.mqharness.simulations.warmup.WarmUpLoad;
import io.mqharness.simulations.warmup.WarmUpMessages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * Producers and consumers together. Producers publish normal, tagged and transactional messages; a transactional
 * one is committed or rolled back at once with its publish handle (SPEC §6.5 rule 3), by the commit ratio. Consumers
 * consume and ack. Besides Gatling's request times, the run measures the end-to-end latency from the moment the
 * producer made a message (its {@code harnessSentAt} property) to the moment a consumer holds it, and checks the
 * history: a message published (or committed) and never delivered, or rolled back and delivered, fails the run.
 * Scaled out ({@code mq.injectors} > 1), another injector may consume what this one published: an injector then
 * judges nothing of the history and hands its ledger and latencies to {@code ./harness merge}.
 */
public class EndToEndSimulation extends HarnessSimulation {
  private final MessageLedger ledger = new MessageLedger();
  private final LatencyRecorder latency = new LatencyRecorder();
  private final LongAdder ackFailedRequests = new LongAdder();
  private final LongAdder ackFailedMessages = new LongAdder();
  private Verdict verdict;

  public EndToEndSimulation() {
    super(TopicKind.NORMAL, "T_HARNESS_E2E", "GID_HARNESS_E2E", DRAIN_RESERVE);
    var produce = exec(messages::next)
        .exec(group(PRODUCE).on(tracked.of(Operation.PUBLISH, requests.publish("publish #{kind}"), 201)
            .exec(this::unconfirmedIfFailed)
            .doIfOrElse(session -> !session.isFailed() && MessageFactory.TRANSACTIONAL.equals(session.getString("kind"))).then(
                exec(this::decide)
                    .exec(tracked.of(Operation.DECIDE, requests.delete("#{decision}", "#{decision}", "handles"), 204))
                    .exec(this::decided))
            .orElse(exec(session -> published(session, Fate.EXPECTED)))));
    var consumers = scenario("consumer")
        .asLongAsDuring(session -> !budget.spent(), consumingTime()).on(
            exec(session -> session.remove("messages").markAsSucceeded())
                .exec(tracked.of(Operation.CONSUME, requests.consume("consume", null), 200, 404))
                .doIf(session -> session.contains("messages") && !session.getList("messages").isEmpty()).then(
                    exec(this::received)
                        .exec(group(SETTLE).on(tracked.of(Operation.ACK, requests.delete("ack", null, "handles"), 204)))
                        .exec(this::ackFailedIfFailed)));
    long users = plannedProducerUsers();
    announce((users < 0 ? "closed-model producers for the duration" : "about " + users + " publishes") + ", "
        + settings.consumers() + " consumers polling for " + consumingTime().toSeconds() + " s");
    run(producers("producer", produce), consumers(consumers));
  }

  /**
   * A publish without a good answer (a 500, a reset, a timeout) has no message id; the service may have stored it
   * all the same (an answer lost after the store), so the ledger keeps its body's key: a delivery of it is
   * {@code unconfirmedDelivered}, neither owed nor unexpected.
   */
  private Session unconfirmedIfFailed(Session session) {
    if (session.contains(TrackedRequests.LAST_KO)) {
      ledger.unconfirmed(session.getString("bodyKey"));
    }
    return session;
  }

  /** An ack that failed leaves its messages to be delivered again once their invisibility ends: duplicates. */
  private Session ackFailedIfFailed(Session session) {
    if (session.contains(TrackedRequests.LAST_KO)) {
      ackFailedRequests.increment();
      ackFailedMessages.add(session.getList("handles").size());
    }
    return session;
  }

  private Session decide(Session session) {
    PublishResponse half = session.get("published");
    String decision = ThreadLocalRandom.current().nextDouble() < settings.commitRatio() ? "commit" : "rollback";
    return session.set("decision", decision).set("handles", List.of(half.receiptHandle()));
  }

  /** A decision the service did not confirm leaves the message undecided: neither owed nor forbidden. */
  private Session decided(Session session) {
    Fate fate = session.isFailed() ? Fate.UNDECIDED : "commit".equals(session.getString("decision")) ? Fate.EXPECTED : Fate.ROLLED_BACK;
    return published(session, fate);
  }

  private Session published(Session session, Fate fate) {
    if (session.contains("published") && !(session.isFailed() && fate == Fate.EXPECTED)) {
      ledger.published(session.<PublishResponse>get("published").messageId(), session.getString("kind"), fate);
    }
    return session;
  }

  private Session received(Session session) {
    long now = System.currentTimeMillis();
    List<ConsumedMessage> batch = session.getList("messages");
    for (ConsumedMessage message : batch) {
      if (WarmUpMessages.isWarmUp(message)) {
        continue;  // acked with the rest, counted nowhere
      }
      ledger.delivered(message.messageId(), MessageLedger.bodyKey(message.body()));
      message.properties().get(ProtocolBodies.SENT_AT).ifPresent(sentAt -> latency.record(now - Long.parseLong(sentAt)));
    }
    return session.set("handles", MqRequests.handles(batch));
  }

  /**
   * Scaled out, the injectors do not start together: a late injector's warm-up consumers would take (and ack)
   * messages another injector's measured phase published, which no ledger would then record as delivered. So a
   * scaled-out injector warms up by publishing only; measured consumers ack warm-up messages and count them nowhere.
   */
  @Override
  protected WarmUpLoad warmUpLoad() {
    return settings.injectors().partial() ? warmUpChains().publishes() : warmUpChains().publishesConsumesAndAcks();
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
    verdict = ledger.verdict();
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
    return out;
  }

  @Override
  protected PartialRun partialRun(Map<String, Number> metrics) {
    return PartialRun.history(ledger, latency);
  }

  @Override
  protected List<String> problems() {
    if (settings.injectors().partial()) {
      return budget.spent() ? List.of("the request cap of " + settings.maxRequests() + " (this injector's share)"
          + " stopped its consumers before they drained") : List.of();
    }
    List<String> problems = new ArrayList<>(verdict.problems());
    if (budget.spent() && !verdict.lost().isEmpty()) {
      problems.add("the request cap of " + settings.maxRequests() + " stopped the consumers before they drained:"
          + " the lost messages may still be queued; raise mq.maxRequests to judge them");
    }
    return problems;
  }

  @Override
  protected boolean failsRun() {
    return !settings.injectors().partial() && !verdict.passed();
  }
}
