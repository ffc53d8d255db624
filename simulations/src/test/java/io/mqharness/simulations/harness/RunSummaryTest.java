package io.mqharness.simulations.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.mock.targeting.TopicKind;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulations.warmup.WarmUpFigures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run summary's JSON, in the shape the reports module and the other writers of summaries agreed on. */
class RunSummaryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HarnessSettings SETTINGS =
      HarnessSettings.from(name -> null, name -> null, TopicKind.NORMAL, "T_TEST", "GID_TEST");
  private static final Instant STARTED = Instant.parse("2026-11-29T10:00:00Z");

  @TempDir
  Path runs;

  private JsonNode written(RunSummary summary) throws Exception {
    String before = System.getProperty("mq.runsDir");
    System.setProperty("mq.runsDir", runs.toString());
    try {
      Path file = summary.write();
      assertThat(file.getFileName().toString()).isEqualTo(summary.simulation() + "-20261129100000000.json");
      return JSON.readTree(Files.readString(file));
    } finally {
      if (before == null) {
        System.clearProperty("mq.runsDir");
      } else {
        System.setProperty("mq.runsDir", before);
      }
    }
  }

  private static List<String> keys(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static RunSummary summary(String simulation) {
    return RunSummary.of(simulation, STARTED, STARTED.plusSeconds(30), SETTINGS, Map.of("published", 10), List.of(), true);
  }

  @Test
  void aSummaryWithoutWarmUpOrCapacityHasOnlyTheOriginalFields() throws Exception {
    // when
    JsonNode json = written(summary("PublishSimulation"));
    // then
    assertThat(keys(json)).containsExactly("simulation", "startedAt", "endedAt", "target", "parameters", "metrics",
        "problems", "passed");
  }

  @Test
  void aWarmUpIsItsSecondsAndItsRequests() throws Exception {
    // when
    JsonNode json = written(summary("PublishSimulation").withWarmUp(new WarmUpFigures(5, 250)));
    // then
    assertThat(json.get("warmUp").toString()).isEqualTo("{\"seconds\":5,\"requests\":250}");
    assertThat(json.has("capacity")).isFalse();
  }
}
