package io.mqharness.simulations.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures printed at the end of a run (a soak's trends among them) stay in two columns. */
class FigureLinesTest {

  @Test
  void aNameLongerThanTheColumnWidensItForEveryLine() {
    // given: a soak's figures, one name of 32 characters
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("lost", 0);
    figures.put("trend.connections.slopePerSecond", 0.0);
    figures.put("trend.heap.slopePerSecond", 35221.05);
    // when
    List<String> lines = FigureLines.of(figures);
    // then: every value starts in the same column, after at least one space
    assertThat(lines)
        .containsExactly(
            "   lost                             0",
            "   trend.connections.slopePerSecond 0.0",
            "   trend.heap.slopePerSecond        35221.05");
  }

  @Test
  void shortNamesKeepTheUsualWidth() {
    assertThat(FigureLines.of(Map.of("published", 10)))
        .containsExactly("   published                10");
  }
}
