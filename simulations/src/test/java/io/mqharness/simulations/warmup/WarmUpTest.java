package io.mqharness.simulations.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.simulations.settings.Parameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarmUpTest {
  private static WarmUp of(Map<String, String> properties, Map<String, String> environment) {
    return WarmUp.from(Parameters.of(properties::get, environment::get));
  }

  @Test
  void withNothingSetARunWarmsUpForAFewSecondsAtALowRate() {
    // when
    WarmUp warmUp = of(Map.of(), Map.of());
    // then
    assertThat(warmUp.enabled()).isTrue();
    assertThat(warmUp.seconds()).isEqualTo(5);
    assertThat(warmUp.usersPerSec()).isEqualTo(10);
    assertThat(warmUp.plannedUsers()).isEqualTo(50);
    assertThat(warmUp.describe()).isEqualTo("5 s at 10.0 users/s (about 50 users)");
  }

  @Test
  void zeroSecondsTurnsItOff() {
    // when
    WarmUp warmUp = of(Map.of("mq.warmUpSeconds", "0"), Map.of());
    // then
    assertThat(warmUp.enabled()).isFalse();
    assertThat(warmUp.plannedUsers()).isZero();
    assertThat(warmUp.describe()).isEqualTo("off");
  }

  @Test
  void aPropertyWinsOverItsEnvironmentVariable() {
    // given
    Map<String, String> environment = Map.of("MQ_WARM_UP_SECONDS", "7", "MQ_WARM_UP_RATE", "3");
    // when
    WarmUp warmUp = of(Map.of("mq.warmUpRate", "20"), environment);
    // then
    assertThat(warmUp.seconds()).isEqualTo(7);
    assertThat(warmUp.usersPerSec()).isEqualTo(20);
  }

  @Test
  void valuesOutOfRangeAreRefusedWithTheirName() {
    assertThatThrownBy(() -> of(Map.of("mq.warmUpSeconds", "-1"), Map.of()))
        .hasMessageContaining("mq.warmUpSeconds");
    assertThatThrownBy(() -> of(Map.of("mq.warmUpRate", "0"), Map.of()))
        .hasMessageContaining("mq.warmUpRate");
    assertThatThrownBy(() -> of(Map.of("mq.warmUpSeconds", "soon"), Map.of()))
        .hasMessageContaining("mq.warmUpSeconds is not a number");
  }
}
