package io.mqharness.simulations.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.simulations.settings.Parameters;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapacitySettingsTest {
  private static CapacitySettings of(Map<String, String> properties) {
    return CapacitySettings.from(Parameters.of(properties::get, name -> null));
  }

  @Test
  void withNothingSetItDoublesThePublishRateFrom100To3200InFiveSecondSteps() {
    // when
    CapacitySettings settings = of(Map.of());
    // then
    assertThat(settings.variant()).isEqualTo(Variant.PUBLISH);
    assertThat(settings.plan().rates()).containsExactly(100.0, 200.0, 400.0, 800.0, 1600.0, 3200.0);
    assertThat(settings.plan().stepDuration()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.objective()).isEqualTo(new Objective(500, 1.0, 0.95, null));
    assertThat(settings.maxDuration()).isEmpty();
    assertThat(settings.judgeDelay()).isEqualTo(Duration.ofMillis(750));
  }

  @Test
  void everyParameterCanBeSetAndTheEndToEndVariantBoundsTheLag() {
    // when
    CapacitySettings settings =
        of(
            Map.of(
                "mq.capacity.variant",
                "endToEnd",
                "mq.capacity.startRate",
                "1000",
                "mq.capacity.stepRate",
                "500",
                "mq.capacity.stepSeconds",
                "10",
                "mq.capacity.maxRate",
                "3000",
                "mq.slo.p99Ms",
                "200",
                "mq.slo.maxErrorPercent",
                "0.1",
                "mq.slo.minAchievedRatio",
                "0.9",
                "mq.slo.maxLagMessages",
                "5000",
                "mq.maxDurationSeconds",
                "600"));
    // then
    assertThat(settings.variant()).isEqualTo(Variant.END_TO_END);
    assertThat(settings.plan().rates()).containsExactly(1000.0, 1500.0, 2000.0, 2500.0, 3000.0);
    assertThat(settings.plan().stepDuration()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.objective()).isEqualTo(new Objective(200, 0.1, 0.9, 5000));
    assertThat(settings.maxDuration()).contains(Duration.ofSeconds(600));
  }

  @Test
  void aStepSizeAndAStepFactorTogetherAreRefused() {
    assertThatThrownBy(
            () -> of(Map.of("mq.capacity.stepRate", "100", "mq.capacity.stepFactor", "2")))
        .hasMessage("give mq.capacity.stepRate or mq.capacity.stepFactor, not both");
  }

  @Test
  void anUnknownVariantIsRefused() {
    assertThatThrownBy(() -> of(Map.of("mq.capacity.variant", "consume")))
        .hasMessageContaining("publish or endToEnd");
  }
}
