package io.mqharness.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.mqharness.simulations.assertions.StandardAssertions.standardAssertions;
import static io.mqharness.simulations.chains.Groups.PRODUCE;
import static io.mqharness.simulations.chains.Groups.SETTLE;
import static io.mqharness.simulations.chains.MqProtocol.mqProtocol;
import static io.mqharness.simulations.chains.PopAndDecide.popAndDecideEach;
import static io.mqharness.simulations.chains.Publish.publish;
import static io.mqharness.simulations.injection.Injection.consumers;
import static io.mqharness.simulations.injection.Injection.plannedProducers;
import static io.mqharness.simulations.injection.Injection.producers;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulations.chains.Messages;
import io.mqharness.simulations.chains.PopAndDecide;
import io.mqharness.simulations.harness.HarnessRun;
import io.mqharness.simulations.harness.HarnessSimulation;
import io.mqharness.simulations.harness.RunFigures;
import io.mqharness.simulations.requests.MessageFactory;
import io.mqharness.simulations.warmup.WarmUpLoad;
import io.mqharness.simulations.warmup.WarmUpMessages;
import io.mqharness.simulator.targeting.TopicKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The transactional check path (SPEC §6.5): producers publish half messages; checkers of the
 * producer's group pop them once their check-immunity time has passed ({@code trans=pop}, rule 5)
 * and commit or roll back each, by the configured commit ratio (rule 6). The figure is decisions
 * per second. On the embedded simulator protocol time runs {@code mq.timeScale} times faster, so a
 * 10 s immunity passes in 2 s by default.
 */
public class CheckSimulation extends HarnessSimulation {
  private final HarnessRun run =
      HarnessRun.open(
          CheckSimulation.class,
          TopicKind.TRANSACTIONAL,
          "T_HARNESS_CHECK",
          "GID_HARNESS_CHECK",
          HarnessRun.DRAIN_RESERVE,
          HarnessRun.Outcomes.UNTRACKED);
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong rollbacks = new AtomicLong();
  private final AtomicLong popped = new AtomicLong();

  public CheckSimulation() {
    ChainBuilder halfMessage =
        exec(session -> run.messages().of(session, MessageFactory.TRANSACTIONAL))
            .exec(group(PRODUCE).on(publish(run.requests(), "publish half")));
    ChainBuilder check =
        popAndDecideEach(
            run.requests(),
            run.recording(),
            this::decide,
            session -> count(session, commits, "commitCounted"),
            session -> count(session, rollbacks, "rollbackCounted"));

    WarmUpLoad warmUp = run.warmUpChains().publishesHalfMessagesAndRollsThemBack();
    run.announce(
        warmUp,
        plannedProducers(run.settings(), "half publishes", "closed-model half publishes")
            + ", "
            + run.settings().consumers()
            + " checkers polling for "
            + run.consumingTime().toSeconds()
            + " s");
    setUp(
            run.afterWarmUp(
                warmUp,
                producers(run, "half messages", halfMessage),
                consumers(run, "checker", check)))
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

  /**
   * Commits or rolls back each half message offered, by the commit ratio. A warm-up half message
   * whose own rollback did not make it in time (its handle expires with its check immunity) is
   * rolled back and counted nowhere.
   */
  private Session decide(Session session) {
    List<ConsumedMessage> offered =
        session.contains(Messages.MESSAGES) ? session.getList(Messages.MESSAGES) : List.of();
    List<String> commit = new ArrayList<>();
    List<String> rollback = new ArrayList<>();
    int warmUp = 0;
    for (ConsumedMessage message : offered) {
      if (WarmUpMessages.isWarmUp(message)) {
        warmUp++;
        rollback.add(message.receiptHandle());
      } else {
        (ThreadLocalRandom.current().nextDouble() < run.settings().commitRatio()
                ? commit
                : rollback)
            .add(message.receiptHandle());
      }
    }
    popped.addAndGet(offered.size() - warmUp);
    return session
        .set(PopAndDecide.COMMIT_HANDLES, commit)
        .set(PopAndDecide.ROLLBACK_HANDLES, rollback)
        .set("commitCounted", commit.size())
        .set("rollbackCounted", rollback.size() - warmUp);
  }

  private static Session count(Session session, AtomicLong counter, String countKey) {
    if (!session.isFailed()) {
      counter.addAndGet(session.getInt(countKey));
    }
    return session;
  }

  private RunFigures figures(Duration elapsed) {
    long decisions = commits.get() + rollbacks.get();
    Map<String, Number> out = new LinkedHashMap<>();
    out.put("popped", popped.get());
    out.put("decisions", decisions);
    out.put("commits", commits.get());
    out.put("rollbacks", rollbacks.get());
    out.put("decisionsPerSecond", RunFigures.perSecond(decisions, elapsed));
    return RunFigures.of(out)
        .withProblems(
            decisions == 0
                ? List.of(
                    "no half message was decided: is the check-immunity time longer than the run?")
                : List.of(),
            false);
  }
}
