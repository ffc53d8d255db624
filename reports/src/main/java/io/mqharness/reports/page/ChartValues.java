package io.mqharness.reports.page;

import io.mqharness.reports.history.RunRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a chart series can name for one run: Gatling's figures plus every metric of the
 * harness summary.
 */
public final class ChartValues {

  private ChartValues() {}

  public static Map<String, Double> of(RunRecord run) {
    Map<String, Double> values = new LinkedHashMap<>();
    if (run.summary() != null) {
      values.putAll(run.summary().metrics());
    }
    putIfPresent(values, "requestsPerSecond", run.gatling().requestsPerSecond());
    putIfPresent(values, "p50Ms", run.gatling().percentileMs("p50"));
    putIfPresent(values, "p75Ms", run.gatling().percentileMs("p75"));
    putIfPresent(values, "p95Ms", run.gatling().percentileMs("p95"));
    putIfPresent(values, "p99Ms", run.gatling().percentileMs("p99"));
    putIfPresent(values, "meanMs", run.gatling().meanMs());
    putIfPresent(values, "koPercent", run.gatling().koPercent());
    run.gatling()
        .groupPercentilesMs()
        .forEach(
            (group, percentiles) -> putIfPresent(values, group + ".p99Ms", percentiles.get("p99")));
    return values;
  }

  private static void putIfPresent(Map<String, Double> values, String key, Double value) {
    if (value != null) {
      values.put(key, value);
    }
  }
}
