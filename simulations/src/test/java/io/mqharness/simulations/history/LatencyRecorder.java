package io.mqharness.simulations.history;

import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.ConcurrentHistogram;

/** End-to-end latencies (publish to consume) in milliseconds, with HdrHistogram's percentiles. */
public final class LatencyRecorder {
  private final ConcurrentHistogram histogram = new ConcurrentHistogram(3);

  public void record(long millis) {
    histogram.recordValue(Math.max(0, millis));
  }

  public long count() {
    return histogram.getTotalCount();
  }

  /** {@code e2e.p50Ms} and friends; empty when nothing was recorded. */
  public Map<String, Number> metrics(String prefix) {
    Map<String, Number> out = new LinkedHashMap<>();
    if (histogram.getTotalCount() == 0) {
      return out;
    }
    out.put(prefix + ".p50Ms", histogram.getValueAtPercentile(50));
    out.put(prefix + ".p90Ms", histogram.getValueAtPercentile(90));
    out.put(prefix + ".p99Ms", histogram.getValueAtPercentile(99));
    out.put(prefix + ".maxMs", histogram.getMaxValue());
    out.put(prefix + ".samples", histogram.getTotalCount());
    return out;
  }
}
