package io.mqharness.conformance.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.simulator.MqSimulator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

@Tag("meta")
class RollbackScenarioFailsWhenTheServiceIgnoresRollbacksTest {
  private static final String SCENARIO =
      "io.mqharness.conformance.scenarios.transaction.RollbackWithThePublishHandleDiscardsTheMessageTest";

  @Test
  void scenarioFailsWhenARollbackIsAnsweredButNotApplied() {
    try (MqSimulator simulator = MetaSimulator.start()) {
      // given a service that answers 204 to a rollback without applying it
      simulator
          .wireMock()
          .stubFor(
              delete(urlPathMatching("/topics/.*/messages"))
                  .withQueryParam("trans", equalTo("rollback"))
                  .atPriority(1)
                  .willReturn(aResponse().withStatus(204)));
      // when
      TestExecutionSummary broken = ScenarioRun.run(SCENARIO, simulator, "reference");
      simulator.reset();
      TestExecutionSummary correct = ScenarioRun.run(SCENARIO, simulator, "reference");
      // then
      assertThat(broken.getTestsFailedCount()).isEqualTo(1);
      assertThat(correct.getTestsFailedCount()).isZero();
      assertThat(correct.getTestsSucceededCount()).isEqualTo(1);
    }
  }
}
