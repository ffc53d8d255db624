package io.mqharness.simulations.runs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.simulations.CapacitySimulation;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real capacity searches in their own JVMs against a simulator reached by URL, with 10 request
 * threads: as it is, and slowed by a delay stub that holds each publish's thread 500 ms, so that it
 * cannot answer more than 20 publishes/s. The objective's p99 (1500 ms) lets the slowed simulator
 * hold while it keeps up.
 */
class CapacityRunIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int THREADS = 10;
  private static final int DELAY_MS = 500;

  @TempDir Path work;

  private static Map<String, String> search(String url) {
    return Map.of(
        "mq.target.url",
        url,
        "mq.warmUpSeconds",
        "3",
        "mq.warmUpRate",
        "20",
        "mq.capacity.startRate",
        "10",
        "mq.capacity.stepFactor",
        "2",
        "mq.capacity.maxRate",
        "160",
        "mq.capacity.stepSeconds",
        "2",
        "mq.slo.p99Ms",
        "1500");
  }

  @Test
  void aSearchPrintsItsStepsAndASlowerSimulatorHasAClearlyLowerCapacity() throws Exception {
    try (MqSimulator simulator =
        MqSimulator.start(
            SimulatorOptions.defaults().withJournalEntries(0).withContainerThreads(THREADS))) {
      // when: a search against the simulator as it is
      GatlingProcess normal =
          GatlingProcess.run(
              CapacitySimulation.class,
              search(simulator.baseUrl()),
              Files.createDirectory(work.resolve("normal")));
      // then: it announced its plan, printed every step it judged and the capacity, and wrote them
      // in its summary
      assertThat(normal.exitStatus()).as(normal.output()).isZero();
      assertThat(normal.output())
          .contains(
              "steps          10, 20, 40, 80, 160 publishes/s, 2 s each",
              "   step 1   offered 10/s",
              "== capacity: ");
      JsonNode found = JSON.readTree(normal.summary());
      assertThat(found.get("capacity").get("variant").asText()).isEqualTo("publish");
      assertThat(found.get("capacity").get("publishesPerSecond").asDouble())
          .as(normal.output())
          .isPositive();
      double heldRate = found.get("capacity").get("offeredPerSecond").asDouble();
      assertThat(found.get("steps").size()).isPositive();
      assertThat(found.get("steps").get(0).get("offeredPerSecond").asDouble()).isEqualTo(10.0);
      assertThat(found.get("warmUp").get("seconds").asInt()).isEqualTo(3);

      // given: every publish answered by the engine, 500 ms late (a stub of higher priority than
      // the engine's)
      simulator
          .wireMock()
          .stubFor(
              post(urlPathMatching("/topics/.*/messages"))
                  .atPriority(1)
                  .willReturn(
                      aResponse().withTransformers("mq-protocol").withFixedDelay(DELAY_MS)));
      // when
      GatlingProcess slowed =
          GatlingProcess.run(
              CapacitySimulation.class,
              search(simulator.baseUrl()),
              Files.createDirectory(work.resolve("slowed")));
      // then: the search stopped at a step that broke the objective; the highest step that held is
      // at most half the
      // one that held before (steps double: at least one step lower)
      assertThat(slowed.exitStatus()).as(slowed.output()).isZero();
      JsonNode slowFound = JSON.readTree(slowed.summary());
      assertThat(slowFound.get("capacity").get("stoppedAtStep").isNull())
          .as(slowed.output())
          .isFalse();
      assertThat(slowed.output()).contains("BROKE: ");
      assertThat(slowFound.get("capacity").get("offeredPerSecond").asDouble())
          .as(normal.output() + slowed.output())
          .isLessThanOrEqualTo(heldRate / 2);
    }
  }
}
