package io.mqharness.simulations.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.simulations.capacity.CapacityFigures;
import io.mqharness.simulations.capacity.Objective;
import io.mqharness.simulations.capacity.StepFigures;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulations.warmup.WarmUpFigures;
import io.mqharness.simulator.targeting.TopicKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run summary's JSON, in the shape the reports module and the other writers of summaries agreed
 * on.
 */
class RunSummaryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HarnessSettings SETTINGS =
      HarnessSettings.from(name -> null, name -> null, TopicKind.NORMAL, "T_TEST", "GID_TEST");
  private static final Instant STARTED = Instant.parse("2026-11-29T10:00:00Z");

  @TempDir Path runs;

  private JsonNode written(RunSummary summary) throws Exception {
    String before = System.getProperty("mq.runsDir");
    System.setProperty("mq.runsDir", runs.toString());
    try {
      Path file = summary.write();
      assertThat(file.getFileName().toString())
          .isEqualTo(summary.simulation() + "-20261129100000000.json");
      JsonNode json = JSON.readTree(Files.readString(file));
      assertThat(RunSummarySchema.violations(json)).isEmpty();
      return json;
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
    return RunSummary.of(
        simulation,
        STARTED,
        STARTED.plusSeconds(30),
        SETTINGS,
        Map.of("published", 10),
        List.of(),
        true);
  }

  @Test
  void aSummaryWithoutWarmUpOrCapacityHasOnlyTheOriginalFields() throws Exception {
    // when
    JsonNode json = written(summary("PublishSimulation"));
    // then
    assertThat(keys(json))
        .containsExactly(
            "simulation",
            "startedAt",
            "endedAt",
            "target",
            "parameters",
            "metrics",
            "problems",
            "passed");
  }

  @Test
  void aWarmUpIsItsSecondsAndItsRequests() throws Exception {
    // when
    JsonNode json = written(summary("PublishSimulation").withWarmUp(new WarmUpFigures(5, 250)));
    // then
    assertThat(json.get("warmUp").toString()).isEqualTo("{\"seconds\":5,\"requests\":250}");
    assertThat(json.has("capacity")).isFalse();
  }

  @Test
  void aPublishCapacitySearchHasItsCapacityAndEveryStepWithoutTheConsumersFields()
      throws Exception {
    // given
    Objective objective = new Objective(500, 1.0, 0.95, null);
    StepFigures held =
        new StepFigures(1, 100, 99.6, 1000, 0, 0, 2, 9, null, null, null, null, true, null);
    StepFigures broke =
        new StepFigures(
            2,
            200,
            150,
            2000,
            0,
            0,
            300,
            612,
            null,
            null,
            null,
            null,
            false,
            "p99 612 ms > 500 ms");
    CapacityFigures capacity =
        new CapacityFigures("publish", 99.6, null, 100, 9, objective, 2, "p99 612 ms > 500 ms");
    // when
    JsonNode json =
        written(summary("CapacitySimulation").withCapacity(capacity, List.of(held, broke)));
    // then
    assertThat(keys(json.get("capacity")))
        .containsExactly(
            "variant",
            "publishesPerSecond",
            "offeredPerSecond",
            "p99Ms",
            "objective",
            "stoppedAtStep",
            "stopReason");
    assertThat(json.get("capacity").get("objective").toString())
        .isEqualTo("{\"p99Ms\":500,\"maxErrorPercent\":1.0,\"minAchievedRatio\":0.95}");
    assertThat(keys(json.get("steps").get(0)))
        .containsExactly(
            "index",
            "offeredPerSecond",
            "achievedPerSecond",
            "requests",
            "errors",
            "errorPercent",
            "p50Ms",
            "p99Ms",
            "held",
            "reason");
    assertThat(json.get("steps").get(0).get("reason").isNull()).isTrue();
    assertThat(json.get("steps").get(1).get("reason").asText()).isEqualTo("p99 612 ms > 500 ms");
  }

  @Test
  void anEndToEndCapacitySearchAddsTheConsumersFiguresAndTheLagBound() throws Exception {
    // given: every step held
    Objective objective = new Objective(500, 1.0, 0.95, 1000);
    StepFigures held =
        new StepFigures(1, 100, 99.6, 1000, 0, 0, 2, 9, 98.0, 3L, 4.0, 20.0, true, null);
    CapacityFigures capacity =
        new CapacityFigures(
            "endToEnd", 99.6, 98.0, 100, 9, objective, null, "reached the maximum rate 100/s");
    // when
    JsonNode json = written(summary("CapacitySimulation").withCapacity(capacity, List.of(held)));
    // then
    assertThat(json.get("capacity").get("endToEndPerSecond").asDouble()).isEqualTo(98.0);
    assertThat(json.get("capacity").get("objective").get("maxLagMessages").asInt()).isEqualTo(1000);
    assertThat(json.get("capacity").get("stoppedAtStep").isNull()).isTrue();
    assertThat(keys(json.get("steps").get(0)))
        .contains("consumedPerSecond", "lag", "e2eP50Ms", "e2eP99Ms");
  }

  @Test
  void aSummaryWhoseWriteFailsLeavesNoFileBehind() throws Exception {
    // given: a metric Jackson cannot write (its text throws)
    Number broken =
        new Number() {
          @Override
          public int intValue() {
            return 0;
          }

          @Override
          public long longValue() {
            return 0;
          }

          @Override
          public float floatValue() {
            return 0;
          }

          @Override
          public double doubleValue() {
            return 0;
          }

          @Override
          public String toString() {
            throw new IllegalStateException("broken metric");
          }
        };
    RunSummary summary =
        RunSummary.of(
            "PublishSimulation",
            STARTED,
            STARTED.plusSeconds(30),
            SETTINGS,
            Map.of("published", broken),
            List.of(),
            true);
    // when
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> written(summary));
    // then: the write failed, and neither an empty nor a partial summary is left
    assertThat(thrown).isNotNull();
    try (var files = Files.list(runs)) {
      assertThat(files.toList()).isEmpty();
    }
  }
}
