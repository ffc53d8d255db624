package io.mqharness.reports.page;

import java.util.List;

/**
 * One history chart drawn for every simulation. A series names a value of {@link ChartValues} (a
 * Gatling figure or any harness summary metric); series without any value for a simulation are left
 * out of its chart.
 */
public record ChartSpec(String id, String title, String unit, List<Series> series) {

  public record Series(String key, String label) {}

  public static final List<ChartSpec> ALL =
      List.of(
          new ChartSpec(
              "throughput",
              "Throughput",
              "requests/s",
              List.of(
                  new Series("requestsPerSecond", "requests/s (Gatling)"),
                  new Series("decisionsPerSecond", "decisions/s (harness)"))),
          new ChartSpec(
              "response-time",
              "Response time",
              "ms",
              List.of(
                  new Series("p50Ms", "p50 (Gatling)"),
                  new Series("p99Ms", "p99 (Gatling)"),
                  new Series("produce.p99Ms", "p99 of the produce group (Gatling)"),
                  new Series("settle.p99Ms", "p99 of the settle group (Gatling)"),
                  new Series("e2e.p50Ms", "end-to-end p50 (harness)"),
                  new Series("e2e.p99Ms", "end-to-end p99 (harness)"))));
}
