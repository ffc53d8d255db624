package io.mqharness.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Session;
import io.mqharness.mock.targeting.TopicKind;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulations.harness.HarnessSimulation;
import io.mqharness.simulations.requests.MessageFactory;
import io.mqharness.simulations.warmup.WarmUpLoad;
import io.mqharness.simulations.warmup.WarmUpMessages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The transactional check path (SPEC §6): producers publish half messages; checkers of the producer's group pop
 * them once their check-immunity time has passed ({@code trans=pop}) and commit or roll back each, by the
 * configured commit ratio. The figure is decisions per second. On the embedded simulator protocol time runs
 * {@code mq.timeScale} times faster, so a 10 s immunity passes in 2 s by default.
 */
public class CheckSimulation extends HarnessSimulation {
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong rollbacks = new AtomicLong();
  private final AtomicLong popped = new AtomicLong();

  public CheckSimulation() {
    super(TopicKind.TRANSACTIONAL, "T_HARNESS_CHECK", "GID_HARNESS_CHECK", DRAIN_RESERVE);
    var halfMessage = exec(session -> messages.of(session, MessageFactory.TRANSACTIONAL))
        .exec(group(PRODUCE).on(exec(requests.publish("publish half"))));
    var checkers = scenario("checker")
        .asLongAsDuring(session -> !budget.spent(), consumingTime()).on(
            exec(session -> session.remove("messages").markAsSucceeded())
                .exec(requests.consume("pop half", "pop"))
                .exec(this::decide)
                .doIf(session -> !session.<List<String>>getList("commit").isEmpty()).then(
                    group(SETTLE).on(exec(requests.delete("commit", "commit", "commit")))
                        .exec(session -> count(session, commits, "commitCounted")))
                .doIf(session -> !session.<List<String>>getList("rollback").isEmpty()).then(
                    group(SETTLE).on(exec(requests.delete("rollback", "rollback", "rollback")))
                        .exec(session -> count(session, rollbacks, "rollbackCounted"))));
    long users = plannedProducerUsers();
    announce((users < 0 ? "closed-model half publishes" : "about " + users + " half publishes") + ", "
        + settings.consumers() + " checkers polling for " + consumingTime().toSeconds() + " s");
    run(producers("half messages", halfMessage), consumers(checkers));
  }

  /**
   * Commits or rolls back each half message offered, by the commit ratio. A warm-up half message whose own
   * rollback did not make it in time (its handle expires with its check immunity) is rolled back and counted nowhere.
   */
  private Session decide(Session session) {
    List<ConsumedMessage> offered = session.contains("messages") ? session.getList("messages") : List.of();
    List<String> commit = new ArrayList<>();
    List<String> rollback = new ArrayList<>();
    int warmUp = 0;
    for (ConsumedMessage message : offered) {
      if (WarmUpMessages.isWarmUp(message)) {
        warmUp++;
        rollback.add(message.receiptHandle());
      } else {
        (ThreadLocalRandom.current().nextDouble() < settings.commitRatio() ? commit : rollback).add(message.receiptHandle());
      }
    }
    popped.addAndGet(offered.size() - warmUp);
    return session.set("commit", commit).set("rollback", rollback)
        .set("commitCounted", commit.size()).set("rollbackCounted", rollback.size() - warmUp);
  }

  private static Session count(Session session, AtomicLong counter, String countKey) {
    if (!session.isFailed()) {
      counter.addAndGet(session.getInt(countKey));
    }
    return session;
  }

  @Override
  protected WarmUpLoad warmUpLoad() {
    return warmUpChains().publishesHalfMessagesAndRollsThemBack();
  }

  @Override
  protected List<String> latencyGroups() {
    return List.of(PRODUCE, SETTLE);
  }

  @Override
  protected Map<String, Number> metrics(Duration elapsed) {
    long decisions = commits.get() + rollbacks.get();
    Map<String, Number> out = new LinkedHashMap<>();
    out.put("popped", popped.get());
    out.put("decisions", decisions);
    out.put("commits", commits.get());
    out.put("rollbacks", rollbacks.get());
    out.put("decisionsPerSecond", perSecond(decisions, elapsed));
    return out;
  }

  @Override
  protected List<String> problems() {
    return commits.get() + rollbacks.get() == 0
        ? List.of("no half message was decided: is the check-immunity time longer than the run?") : List.of();
  }
}
