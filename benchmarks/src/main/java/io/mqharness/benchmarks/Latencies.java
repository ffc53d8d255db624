package io.mqharness.benchmarks;

import java.util.Arrays;

/** Percentiles of a set of durations, in milliseconds (nearest rank). */
record Latencies(double[] sortedMillis) {
  static Latencies ofNanos(long[] nanos) {
    return new Latencies(Arrays.stream(nanos).sorted().mapToDouble(n -> n / 1e6).toArray());
  }

  int count() {
    return sortedMillis.length;
  }

  double percentile(double p) {
    if (sortedMillis.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sortedMillis.length);
    return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, rank - 1))];
  }

  double max() {
    return sortedMillis.length == 0 ? Double.NaN : sortedMillis[sortedMillis.length - 1];
  }
}
