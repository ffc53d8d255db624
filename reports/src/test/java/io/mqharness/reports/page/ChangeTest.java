package io.mqharness.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeTest {

  @Test
  void lowerThroughputBeyondTenPercentIsWorse() {
    assertThat(Change.html(100.0, 80.0, true)).contains("worse").contains("▼ -20%");
  }

  @Test
  void lowerLatencyBeyondTenPercentIsBetter() {
    assertThat(Change.html(100.0, 50.0, false)).contains("better");
  }

  @Test
  void smallMovesAreNeither() {
    assertThat(Change.html(100.0, 108.0, false)).contains("same").contains("+8%");
  }

  @Test
  void withoutAPreviousFigureThereIsNoChange() {
    assertThat(Change.html(null, 80.0, true)).isEmpty();
    assertThat(Change.html(0.0, 80.0, true)).isEmpty();
  }
}
