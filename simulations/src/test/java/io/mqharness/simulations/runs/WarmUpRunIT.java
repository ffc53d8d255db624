package io.mqharness.simulations.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.simulations.PublishSimulation;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Gatling run with a warm-up: the service sees its requests, no figure of the run counts
 * them.
 */
class WarmUpRunIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern GATLING_REQUEST_COUNT =
      Pattern.compile("> request count\\s+\\|\\s+(\\d+)");

  @TempDir Path work;

  @Test
  void warmUpPublishesReachTheServiceButNotTheFigures() throws Exception {
    // given: a simulator of its own, reached by URL, that counts every publish it stores
    try (MqSimulator simulator =
        MqSimulator.start(SimulatorOptions.defaults().withJournalEntries(0))) {
      Map<String, String> properties =
          Map.of(
              "mq.target.url",
              simulator.baseUrl(),
              "mq.transactionalShare",
              "0",
              "mq.warmUpSeconds",
              "2",
              "mq.warmUpRate",
              "10",
              "mq.durationSeconds",
              "3",
              "mq.rampSeconds",
              "1",
              "mq.usersPerSec",
              "30");
      // when
      GatlingProcess run = GatlingProcess.run(PublishSimulation.class, properties, work);
      // then: the warm-up ran, was announced and said so when it ended
      assertThat(run.exitStatus()).as(run.output()).isZero();
      assertThat(run.output())
          .contains("warm-up        2 s at 10.0 users/s", "== warm-up done after");
      JsonNode summary = JSON.readTree(run.summary());
      long warmUpRequests = summary.get("warmUp").get("requests").asLong();
      assertThat(summary.get("warmUp").get("seconds").asInt()).isEqualTo(2);
      assertThat(warmUpRequests).isPositive();
      // and the service stored the warm-up's publishes and the measured ones, the summary counts
      // the measured only
      long published = summary.get("metrics").get("published").asLong();
      assertThat(published).isPositive();
      assertThat(simulator.engine().counters().published()).isEqualTo(published + warmUpRequests);
      // and Gatling's statistics count the measured publishes only
      Matcher count = GATLING_REQUEST_COUNT.matcher(run.output());
      assertThat(count.find()).as(run.output()).isTrue();
      assertThat(Long.parseLong(count.group(1))).isEqualTo(published);
    }
  }
}
