package io.mqharness.simulations.soak;

/**
 * A least-squares line through one series of a soak's judged samples ({@code samples} of them, from
 * {@code fromSeconds} to {@code toSeconds}): its {@code slopePerSecond} (the series' unit per
 * second), the slope's standard error and {@code tStatistic} (slope / standard error: how far the
 * slope stands out of the series' own noise), {@code noise} (the residuals' standard deviation, the
 * series' unit), {@code growth} (slope × the judged window) against the {@code allowance}, and the
 * verdict: {@code grows} when the slope is positive, stands out ({@code tStatistic >=
 * minTStatistic}) and its growth reaches the allowance.
 */
public record Trend(
    String series,
    String unit,
    int samples,
    double fromSeconds,
    double toSeconds,
    double slopePerSecond,
    double standardError,
    double tStatistic,
    double noise,
    double growth,
    double allowance,
    double minTStatistic,
    boolean grows) {

  /**
   * The verdict in words, e.g. {@code heap grows 151.2 KB/s (t = 38.1), 6.8 MB over 45 s >= the
   * allowance 2.6 MB}.
   */
  public String describe() {
    String t = Double.isInfinite(tStatistic) ? "inf" : String.format("%.1f", tStatistic);
    return String.format(
        "%s %s %s/s (t = %s, noise %s), %s over %.0f s %s the allowance %s",
        series,
        grows ? "grows" : "slope",
        amount(slopePerSecond),
        t,
        amount(noise),
        amount(growth),
        toSeconds - fromSeconds,
        growth >= allowance ? ">=" : "<",
        amount(allowance));
  }

  private String amount(double value) {
    if (!unit.equals("bytes")) {
      return String.format("%.2f %s", value, unit);
    }
    double abs = Math.abs(value);
    return abs >= 1 << 20
        ? String.format("%.1f MB", value / (1 << 20))
        : String.format("%.1f KB", value / 1024);
  }
}
