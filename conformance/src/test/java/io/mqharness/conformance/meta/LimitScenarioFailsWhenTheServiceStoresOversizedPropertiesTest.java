package io.mqharness.conformance.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.support.fault.FaultAnswers;
import io.mqharness.simulator.MqSimulator;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

@Tag("meta")
class LimitScenarioFailsWhenTheServiceStoresOversizedPropertiesTest {
  private static final String SCENARIO =
      "io.mqharness.conformance.scenarios.limits.PropertiesOverSixteenKilobytesAreRefusedTest";

  @Test
  void scenarioFailsWhenSixteenKilobytesAndOneByteAreAccepted() {
    try (MqSimulator simulator = MetaSimulator.start()) {
      // given a service that answers 201 to the publish with 16 KB + 1 byte of properties
      simulator
          .wireMock()
          .stubFor(
              post(urlPathMatching("/topics/.*/messages"))
                  .atPriority(1)
                  .withRequestBody(matching("(?s).*v{16384}.*"))
                  .willReturn(
                      FaultAnswers.publishedAfter(
                          Duration.ZERO, "0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C", "over")));
      // when
      TestExecutionSummary broken = ScenarioRun.run(SCENARIO, simulator, "reference");
      simulator.reset();
      TestExecutionSummary correct = ScenarioRun.run(SCENARIO, simulator, "reference");
      // then
      assertThat(broken.getTestsFailedCount()).isEqualTo(1);
      assertThat(correct.getTestsSucceededCount()).isEqualTo(1);
      assertThat(correct.getTestsFailedCount()).isZero();
    }
  }
}
