package io.mqharness.simulations.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.simulations.SoakSimulation;
import io.mqharness.simulator.testkit.StandaloneSimulator;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak's memory trend test against a leak planted on purpose: two 45 s soaks side by side, each
 * on a standalone simulator of its own, one of them started with {@code --debug-leak-requests} (it
 * keeps every request). The leaking one must fail on its heap's trend, the other must pass. About
 * 80 s.
 */
class SoakRunIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> SHORT_SOAK =
      Map.of(
          "mq.durationSeconds",
          "45",
          "mq.drainSeconds",
          "8",
          "mq.warmUpSeconds",
          "3",
          "mq.soak.sampleSeconds",
          "3",
          "mq.usersPerSec",
          "40",
          "mq.waitSeconds",
          "3",
          "mq.timeScale",
          "20",
          "mq.requestTimeoutSeconds",
          "30",
          // about memory, not speed: two soaks share a machine that other builds may load too
          "mq.assert.p99Ms",
          "60000");

  @TempDir Path work;

  @Test
  void aLeakingSimulatorFailsTheSoakOnItsHeapTrendAndAHealthyOnePasses() throws Exception {
    // given: two simulators, the same but for the planted leak; a heap of 128 MB makes the
    // allowance 1.3 MB over
    // the judged half (22 s), about 4 times what a healthy simulator grows there (half messages
    // wait for their
    // give-up deadline) and a quarter of what the leak adds
    try (StandaloneSimulator leaking =
            simulator(work.resolve("leaking.log"), "--debug-leak-requests");
        StandaloneSimulator healthy = simulator(work.resolve("healthy.log"))) {
      // when: a short soak on each, at the same time
      GatlingProcess.Started leakRun =
          GatlingProcess.start(
              SoakSimulation.class,
              against(leaking),
              work.resolve("leaking/gatling"),
              work.resolve("leaking/runs"));
      GatlingProcess.Started healthyRun =
          GatlingProcess.start(
              SoakSimulation.class,
              against(healthy),
              work.resolve("healthy/gatling"),
              work.resolve("healthy/runs"));
      GatlingProcess leak = leakRun.await(180);
      GatlingProcess ok = healthyRun.await(180);

      // then: the leak fails the run on the heap's trend, and nothing else
      JsonNode leakSummary = JSON.readTree(leak.summary());
      JsonNode heap = trend(leakSummary, "heap");
      System.out.println(
          "leaking: " + heap + "\nhealthy: " + trend(JSON.readTree(ok.summary()), "heap"));
      assertThat(leak.exitStatus()).as(leak.output()).isNotZero();
      assertThat(leakSummary.get("passed").asBoolean()).isFalse();
      assertThat(heap.get("grows").asBoolean()).as(heap.toString()).isTrue();
      assertThat(leakSummary.get("problems").toString())
          .contains("grows without bound: heap grows");
      assertThat(leakSummary.get("metrics").get("lost").asLong()).isZero();
      // and the healthy one passes, every series judged flat
      JsonNode okSummary = JSON.readTree(ok.summary());
      assertThat(ok.exitStatus()).as(ok.output()).isZero();
      assertThat(okSummary.get("passed").asBoolean())
          .as(okSummary.get("problems").toString())
          .isTrue();
      okSummary
          .get("soak")
          .get("trends")
          .forEach(t -> assertThat(t.get("grows").asBoolean()).as(t.toString()).isFalse());
      assertThat(okSummary.get("soak").get("samples").size()).isGreaterThanOrEqualTo(14);
      assertThat(okSummary.get("metrics").get("lost").asLong()).isZero();
      assertThat(okSummary.get("metrics").get("refusedAsExpected").asLong()).isPositive();
      assertThat(okSummary.get("metrics").get("checkerDecisions").asLong()).isPositive();
    }
  }

  /**
   * The jar as {@code ./harness soak} starts it: 128 MB of heap, no request journal, time scale 20.
   */
  private static StandaloneSimulator simulator(Path log, String... more) {
    return StandaloneSimulator.launch()
        .log(log)
        .jvmOptions(List.of("-Xmx128m"))
        .options("--journal-entries", "0", "--time-scale", "20", "--retention", "2m")
        .options(more)
        .start();
  }

  private static Map<String, String> against(StandaloneSimulator simulator) {
    Map<String, String> properties = new HashMap<>(SHORT_SOAK);
    properties.put("mq.target.url", simulator.baseUrl());
    return properties;
  }

  private static JsonNode trend(JsonNode summary, String series) {
    for (JsonNode trend : summary.get("soak").get("trends")) {
      if (trend.get("series").asText().equals(series)) {
        return trend;
      }
    }
    throw new AssertionError("no " + series + " trend in " + summary);
  }
}
