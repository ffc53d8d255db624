package io.mqharness.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchConfigTest {

  @Test
  void theOptionsGivenReplaceTheDefaults() {
    BenchConfig config =
        BenchConfig.parse(new String[] {"--samples", "20", "--only", "longpoll,memory"});
    assertThat(config.longPollSamples()).isEqualTo(20);
    assertThat(config.phases()).containsExactlyInAnyOrder("longpoll", "memory");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--bogus 1 | unknown option --bogus",
        "--only nosuch | --only takes some of",
        "--samples | --samples needs a value",
        "--samples -3 | --samples takes a whole number above 0, not \"-3\"",
        "--crowd abc | --crowd takes a whole number above 0, not \"abc\"",
        "samples 3 | not an option: samples",
      })
  void aBadOptionIsRefusedWithItsReason(String args, String why) {
    assertThatThrownBy(() -> BenchConfig.parse(args.trim().split(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(why);
  }
}
