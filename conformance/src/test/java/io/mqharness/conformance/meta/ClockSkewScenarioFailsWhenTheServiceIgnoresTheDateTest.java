package io.mqharness.conformance.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

@Tag("meta")
class ClockSkewScenarioFailsWhenTheServiceIgnoresTheDateTest {
  private static final String SCENARIO =
      "io.mqharness.conformance.scenarios.robustness.ClientWithAClockTwentyMinutesOffGetsTimeExpiredTest";

  @Test
  void scenarioFailsAgainstAServiceThatDoesNotCheckTheDate() {
    // given a service without the Date check, and one with it
    SimulatorOptions options = SimulatorOptions.defaults().withVirtualClock(true);
    TestExecutionSummary broken;
    TestExecutionSummary correct;
    // when
    try (MqSimulator unchecked = MqSimulator.start(options.withMaxClockSkew(Duration.ZERO))) {
      broken = ScenarioRun.run(SCENARIO, unchecked, "reference");
    }
    try (MqSimulator checked = MqSimulator.start(options)) {
      correct = ScenarioRun.run(SCENARIO, checked, "reference");
    }
    // then
    assertThat(broken.getTestsFailedCount()).isEqualTo(1);
    assertThat(correct.getTestsSucceededCount()).isEqualTo(1);
    assertThat(correct.getTestsFailedCount()).isZero();
  }
}
