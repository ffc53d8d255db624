package io.mqharness.conformance.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.ClientRegistry;
import io.mqharness.simulator.MqSimulator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

@Tag("meta")
class RobustnessScenarioFailsForAClientThatSwallowsErrorsTest {
  private static final String SCENARIO =
      "io.mqharness.conformance.scenarios.robustness.InternalErrorOnConsumeIsAnErrorNotNoMessageTest";

  @Test
  void scenarioFailsForTheBrokenClientAndPassesForTheReference() {
    ClientRegistry.register(SwallowingClient.NAME, SwallowingClient::new);
    try (MqSimulator simulator = MetaSimulator.start()) {
      // when
      TestExecutionSummary broken = ScenarioRun.run(SCENARIO, simulator, SwallowingClient.NAME);
      TestExecutionSummary correct = ScenarioRun.run(SCENARIO, simulator, "reference");
      // then
      assertThat(broken.getTestsFailedCount()).isEqualTo(1);
      assertThat(correct.getTestsFailedCount()).isZero();
      assertThat(correct.getTestsSucceededCount()).isEqualTo(1);
    }
  }
}
