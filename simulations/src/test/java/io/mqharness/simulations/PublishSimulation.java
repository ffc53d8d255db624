package io.mqharness.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;

import io.gatling.javaapi.core.ChainBuilder;
import io.mqharness.simulations.support.HarnessSimulation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Publish throughput: normal, tagged and transactional (half) messages, by the configured shares (SPEC §4.3). */
public class PublishSimulation extends HarnessSimulation {
  private final AtomicLong published = new AtomicLong();

  public PublishSimulation() {
    super("T_HARNESS_PUBLISH", "GID_HARNESS_PUBLISH");
    ChainBuilder publish = exec(messages::next)
        .exec(group(PRODUCE).on(exec(requests.publish("publish #{kind}"))))
        .exec(session -> {
          if (!session.isFailed()) {
            published.incrementAndGet();
          }
          return session;
        });
    long users = plannedProducerUsers();
    announce(users < 0 ? settings.concurrentUsers() + " producers publishing for " + settings.duration().toSeconds() + " s" : "about " + users + " publishes");
    run(producers("publish", publish));
  }

  @Override
  protected List<String> latencyGroups() {
    return List.of(PRODUCE);
  }

  @Override
  protected Map<String, Number> metrics(Duration elapsed) {
    return Map.of("published", published.get(), "publishedPerSecond", perSecond(published.get(), elapsed));
  }
}
