package io.mqharness.conformance.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.simulator.MqSimulator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

@Tag("meta")
class EmptyHandleScenarioFailsWhenTheServiceDropsTheEntryTest {
  private static final String SCENARIO =
      "io.mqharness.conformance.scenarios.roundtrip.AckBatchWithAnEmptyHandleAccountsForEveryEntryTest";

  @Test
  void scenarioFailsWhenABatchWithAnEmptyHandleAnswers204() {
    try (MqSimulator simulator = MetaSimulator.start()) {
      // given a service that answers 204 to an ack holding an empty handle, as the simulator once
      // did
      simulator
          .wireMock()
          .stubFor(
              delete(urlPathMatching("/topics/.*/messages"))
                  .atPriority(1)
                  .withRequestBody(matching("(?s).*<ReceiptHandle(/>|></ReceiptHandle>).*"))
                  .willReturn(aResponse().withStatus(204)));
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
