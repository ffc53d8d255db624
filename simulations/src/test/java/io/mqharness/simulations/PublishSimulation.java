package io.mqharness.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;

import io.gatling.javaapi.core.ChainBuilder;
import io.mqharness.mock.targeting.TopicKind;
import io.mqharness.simulations.harness.HarnessSimulation;
import io.mqharness.simulations.requests.MessageFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Publish throughput: normal, tagged and transactional (half) messages, by the configured shares (SPEC §4.3). */
public class PublishSimulation extends HarnessSimulation {
  private final Map<String, AtomicLong> published = new LinkedHashMap<>();

  {
    List.of(MessageFactory.NORMAL, MessageFactory.TAGGED, MessageFactory.TRANSACTIONAL)
        .forEach(kind -> published.put(kind, new AtomicLong()));
  }

  public PublishSimulation() {
    super(TopicKind.NORMAL, "T_HARNESS_PUBLISH", "GID_HARNESS_PUBLISH", NO_RESERVE);
    ChainBuilder publish = exec(messages::next)
        .exec(group(PRODUCE).on(exec(requests.publish("publish #{kind}"))))
        .exec(session -> {
          if (!session.isFailed()) {
            published.get(session.getString("kind")).incrementAndGet();
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
    long total = published.values().stream().mapToLong(AtomicLong::get).sum();
    Map<String, Number> out = new LinkedHashMap<>();
    out.put("published", total);
    out.put("publishedPerSecond", perSecond(total, elapsed));
    published.forEach((kind, count) -> out.put("published." + kind, count.get()));
    return out;
  }
}
