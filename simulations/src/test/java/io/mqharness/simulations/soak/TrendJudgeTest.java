package io.mqharness.simulations.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * When a series of samples grows without bound, and when it is noise, a step or a drift too small
 * to matter.
 */
class TrendJudgeTest {
  private static final double MB = 1 << 20;
  private final TrendJudge judge = new TrendJudge(4, 6);

  @Test
  void aSteadyLeakOfALiveSetStandsOutOfGcNoiseAndFails() {
    // given: 300 KB/s on top of 16 MB, each sample off by up to 200 KB (GC noise)
    List<SoakSample> samples = heap(30, 3, t -> 16 * MB + 300 * 1024 * t, 200 * 1024, 1);

    // when
    Trend trend =
        judge.judge("heap", "bytes", samples, SoakSample::heapUsedAfterGcBytes, 2.56 * MB);

    // then
    assertThat(trend.grows()).isTrue();
    assertThat(trend.slopePerSecond()).isBetween(280 * 1024.0, 320 * 1024.0);
    assertThat(trend.tStatistic()).isGreaterThan(20);
    assertThat(trend.describe())
        .startsWith("heap grows ")
        .contains(" KB/s (t = ", ">= the allowance 2.6 MB");
  }

  @Test
  void aFlatSeriesOfNoiseDoesNotGrow() {
    List<SoakSample> samples = heap(30, 3, t -> 16 * MB, 300 * 1024, 2);

    Trend trend =
        judge.judge("heap", "bytes", samples, SoakSample::heapUsedAfterGcBytes, 2.56 * MB);

    assertThat(trend.grows()).isFalse();
    assertThat(trend.tStatistic()).isLessThan(4);
  }

  @Test
  void aRealButSmallDriftStaysUnderItsAllowance() {
    // given: 10 KB/s, exactly, over 30 s: certain, but 300 KB against 2.56 MB
    List<SoakSample> samples = heap(10, 3, t -> 16 * MB + 10 * 1024 * t, 0, 3);

    Trend trend =
        judge.judge("heap", "bytes", samples, SoakSample::heapUsedAfterGcBytes, 2.56 * MB);

    assertThat(trend.tStatistic()).isInfinite();
    assertThat(trend.grows()).isFalse();
  }

  @Test
  void oneStepUpIsNotAGrowthWhenTheRestIsFlat() {
    // given: 20 threads, one step to 30 in the middle, flat before and after
    List<SoakSample> samples = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      samples.add(sample(i * 3, 16 * MB, i < 5 ? 20 : 30));
    }

    Trend trend = judge.judge("threads", "threads", samples, SoakSample::liveThreads, 20);

    assertThat(trend.grows()).isFalse();
    assertThat(trend.growth()).isLessThan(20);
  }

  @Test
  void tooFewSamplesAreNotJudged() {
    Trend trend =
        judge.judge(
            "heap",
            "bytes",
            heap(5, 3, t -> 16 * MB + MB * t, 0, 4),
            SoakSample::heapUsedAfterGcBytes,
            1);

    assertThat(trend.grows()).isFalse();
    assertThat(trend.samples()).isEqualTo(5);
  }

  private static List<SoakSample> heap(
      int n, double every, java.util.function.DoubleUnaryOperator bytes, double noise, long seed) {
    Random random = new Random(seed);
    List<SoakSample> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double t = i * every;
      out.add(sample(t, bytes.applyAsDouble(t) + (random.nextDouble() * 2 - 1) * noise, 34));
    }
    return out;
  }

  private static SoakSample sample(double t, double heap, int threads) {
    return new SoakSample(t, Math.round(heap), 256 * (1L << 20), threads, 27, 5, 150, 40, 40, 0);
  }
}
