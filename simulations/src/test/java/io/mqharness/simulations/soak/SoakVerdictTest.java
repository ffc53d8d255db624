package io.mqharness.simulations.soak;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.simulations.settings.Parameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which samples a soak judges, against which allowances, and its settings. */
class SoakVerdictTest {
  private static final long HEAP_MAX = 256L << 20;
  private final SoakSettings settings =
      SoakSettings.from(Parameters.of(name -> null, name -> null));

  @Test
  void theSecondHalfOfTheLoadIsJudgedNotTheWarmingNorTheDrain() {
    // given: the heap climbs for the first 30 s of a 60 s load, stays flat, and falls in the drain
    List<SoakSample> samples = new ArrayList<>();
    for (int t = 0; t <= 72; t += 3) {
      long heap = t <= 30 ? (10L << 20) + t * (300L << 10) : t <= 60 ? (19L << 20) : (15L << 20);
      samples.add(new SoakSample(t, heap, HEAP_MAX, 34, 27, 5, 150, 40, 40, 0));
    }

    // when
    SoakFigures figures = new SoakVerdict(settings).judge(samples, 60);

    // then
    assertThat(figures.judgedFromSeconds()).isEqualTo(30);
    assertThat(figures.judgedToSeconds()).isEqualTo(60);
    assertThat(figures.trends())
        .extracting(Trend::series)
        .containsExactly("heap", "threads", "connections");
    assertThat(figures.trends()).allSatisfy(trend -> assertThat(trend.samples()).isEqualTo(11));
    assertThat(figures.trends().get(0).allowance()).isEqualTo(HEAP_MAX / 100.0);
    assertThat(figures.passed()).isTrue();
    assertThat(figures.samples()).hasSize(25);
  }

  @Test
  void aGrowingHeapFailsAndConnectionsNotToldAreNotJudged() {
    List<SoakSample> samples = new ArrayList<>();
    for (int t = 0; t <= 60; t += 3) {
      samples.add(
          new SoakSample(t, (16L << 20) + t * (300L << 10), HEAP_MAX, 34, -1, 5, 150, 40, 40, 0));
    }

    SoakFigures figures = new SoakVerdict(settings).judge(samples, 60);

    assertThat(figures.passed()).isFalse();
    assertThat(figures.trends()).extracting(Trend::series).containsExactly("heap", "threads");
    assertThat(figures.trends().get(0).grows()).isTrue();
  }

  @Test
  void theSettingsHaveTheirDefaultsAndAreReadFromProperties() {
    assertThat(settings)
        .isEqualTo(new SoakSettings(Duration.ofSeconds(5), true, 1.0, 20, 20, 4, 6, 0.5));
    SoakSettings given =
        SoakSettings.from(
            Parameters.of(
                Map.of(
                        "mq.soak.sampleSeconds",
                        "2.5",
                        "mq.soak.explicitGc",
                        "false",
                        "mq.soak.heapGrowthPercent",
                        "2")
                    ::get,
                name -> null));
    assertThat(given.sampleInterval()).isEqualTo(Duration.ofMillis(2500));
    assertThat(given.explicitGc()).isFalse();
    assertThat(given.heapGrowthPercent()).isEqualTo(2);
  }
}
