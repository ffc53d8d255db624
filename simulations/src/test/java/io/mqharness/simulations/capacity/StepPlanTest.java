package io.mqharness.simulations.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StepPlanTest {
  private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

  @Test
  void aStepFactorMultipliesTheRateAndTheMaximumIsTheLastStep() {
    // when
    StepPlan plan = StepPlan.of(100, 0, 2, 1000, FIVE_SECONDS);
    // then
    assertThat(plan.rates()).containsExactly(100.0, 200.0, 400.0, 800.0, 1000.0);
    assertThat(plan.total()).isEqualTo(Duration.ofSeconds(25));
    assertThat(plan.plannedPublishes()).isEqualTo((100 + 200 + 400 + 800 + 1000) * 5);
    assertThat(plan.describe()).isEqualTo("100, 200, 400, 800, 1000 publishes/s, 5 s each");
  }

  @Test
  void aStepRateAddsToTheRateAndAMaximumOnTheWayIsNotRepeated() {
    // when
    StepPlan plan = StepPlan.of(100, 150, 0, 400, FIVE_SECONDS);
    // then
    assertThat(plan.rates()).containsExactly(100.0, 250.0, 400.0);
  }

  @Test
  void aStartAtTheMaximumIsOneStep() {
    assertThat(StepPlan.of(300, 0, 2, 300, FIVE_SECONDS).rates()).containsExactly(300.0);
  }

  @Test
  void everyStepIsOneConstantArrivalRateOfGatling() {
    assertThat(StepPlan.of(100, 0, 2, 400, FIVE_SECONDS).injection()).hasSize(3);
  }

  @Test
  void plansThatDoNotRiseOrNeverEndAreRefusedWithTheParametersToChange() {
    assertThatThrownBy(() -> StepPlan.of(100, 0, 1, 1000, FIVE_SECONDS))
        .hasMessageContaining("mq.capacity.stepFactor");
    assertThatThrownBy(() -> StepPlan.of(500, 0, 2, 100, FIVE_SECONDS))
        .hasMessageContaining("mq.capacity.maxRate");
    assertThatThrownBy(() -> StepPlan.of(1, 1, 0, 1000, FIVE_SECONDS))
        .hasMessageContaining("1 to 100 steps");
    assertThatThrownBy(() -> StepPlan.of(100, 0, 2, 1000, Duration.ZERO))
        .hasMessageContaining("mq.capacity.stepSeconds");
  }
}
