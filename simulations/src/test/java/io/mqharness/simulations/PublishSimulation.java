package io.mqharness.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.mqharness.simulations.assertions.StandardAssertions.standardAssertions;
import static io.mqharness.simulations.chains.Groups.PRODUCE;
import static io.mqharness.simulations.chains.MqProtocol.mqProtocol;
import static io.mqharness.simulations.chains.Publish.publish;
import static io.mqharness.simulations.injection.Injection.plannedProducers;
import static io.mqharness.simulations.injection.Injection.producers;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.mqharness.simulations.harness.HarnessRun;
import io.mqharness.simulations.harness.HarnessSimulation;
import io.mqharness.simulations.harness.RunFigures;
import io.mqharness.simulations.requests.MessageFactory;
import io.mqharness.simulations.warmup.WarmUpLoad;
import io.mqharness.simulator.targeting.TopicKind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publish throughput (SPEC §4.2, §4.3): normal, tagged (SPEC §2.3) and transactional half messages
 * (SPEC §6.5 rule 1), by the configured shares. Figure: publishes per second.
 */
public class PublishSimulation extends HarnessSimulation {
  private final HarnessRun run =
      HarnessRun.open(
          PublishSimulation.class,
          TopicKind.NORMAL,
          "T_HARNESS_PUBLISH",
          "GID_HARNESS_PUBLISH",
          HarnessRun.NO_RESERVE,
          HarnessRun.Outcomes.UNTRACKED);
  private final Map<String, AtomicLong> published = new LinkedHashMap<>();

  public PublishSimulation() {
    List.of(MessageFactory.NORMAL, MessageFactory.TAGGED, MessageFactory.TRANSACTIONAL)
        .forEach(kind -> published.put(kind, new AtomicLong()));
    ChainBuilder oneMessage =
        exec(run.messages()::next)
            .exec(group(PRODUCE).on(publish(run.requests(), "publish #{kind}")))
            .exec(this::countPublished);

    WarmUpLoad warmUp = run.warmUpChains().publishes();
    run.announce(
        warmUp,
        plannedProducers(
            run.settings(),
            "publishes",
            run.settings().concurrentUsers()
                + " producers publishing for "
                + run.settings().duration().toSeconds()
                + " s"));
    setUp(run.afterWarmUp(warmUp, producers(run, "publish", oneMessage)))
        .protocols(mqProtocol(run.target().baseUrl()))
        .maxDuration(run.maxDuration())
        .assertions(standardAssertions(run, PRODUCE));
  }

  @Override
  public void before() {
    run.before();
  }

  @Override
  public void after() {
    run.after(this::figures);
  }

  private Session countPublished(Session session) {
    if (!session.isFailed()) {
      published.get(session.getString("kind")).incrementAndGet();
    }
    return session;
  }

  private RunFigures figures(Duration elapsed) {
    long total = published.values().stream().mapToLong(AtomicLong::get).sum();
    Map<String, Number> out = new LinkedHashMap<>();
    out.put("published", total);
    out.put("publishedPerSecond", RunFigures.perSecond(total, elapsed));
    published.forEach((kind, count) -> out.put("published." + kind, count.get()));
    return RunFigures.of(out);
  }
}
