package io.mqharness.simulations.soak;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Judges whether a series of soak samples grows without bound (docs/simulations.md, "Soak"): an
 * ordinary least-squares line (Apache Commons Math's {@link SimpleRegression}) through the samples
 * of the judged part of the run. It grows when all three hold:
 *
 * <ol>
 *   <li>the slope is positive;
 *   <li>it stands out of the series' own noise: slope / its standard error >= {@code minTStatistic}
 *       (4 by default; GC noise and steps widen the standard error, so they do not pass for a
 *       trend);
 *   <li>it matters: slope × the judged window >= {@code allowance} (for the heap a share of the
 *       heap's limit, for threads and connections a count), so that a real but tiny drift does not
 *       fail a run.
 * </ol>
 *
 * With fewer than {@code minSamples} judged samples nothing is judged (never grows).
 */
public final class TrendJudge {
  private final double minTStatistic;
  private final int minSamples;

  public TrendJudge(double minTStatistic, int minSamples) {
    this.minTStatistic = minTStatistic;
    this.minSamples = minSamples;
  }

  /**
   * The trend of {@code value} over {@code samples} (already the judged part, in time order), named
   * {@code series} in {@code unit}, against {@code allowance} (in {@code unit}, over the judged
   * window).
   */
  public Trend judge(
      String series,
      String unit,
      List<SoakSample> samples,
      ToDoubleFunction<SoakSample> value,
      double allowance) {
    SimpleRegression line = new SimpleRegression();
    samples.forEach(sample -> line.addData(sample.tSeconds(), value.applyAsDouble(sample)));
    int n = samples.size();
    double from = n == 0 ? 0 : samples.get(0).tSeconds();
    double to = n == 0 ? 0 : samples.get(n - 1).tSeconds();
    if (n < Math.max(3, minSamples)) {
      return new Trend(series, unit, n, from, to, 0, 0, 0, 0, 0, allowance, minTStatistic, false);
    }
    double slope = line.getSlope();
    double error = line.getSlopeStdErr();
    double t = error > 0 ? slope / error : slope > 0 ? Double.POSITIVE_INFINITY : 0;
    double noise = Math.sqrt(Math.max(0, line.getMeanSquareError()));
    double growth = slope * (to - from);
    boolean grows = slope > 0 && t >= minTStatistic && growth >= allowance;
    return new Trend(
        series, unit, n, from, to, slope, error, t, noise, growth, allowance, minTStatistic, grows);
  }
}
