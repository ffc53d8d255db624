package io.mqharness.reports.gatling;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The "All Requests" row of a Gatling report: counts, throughput and response times over OK and KO
 * requests together. Percentiles are keyed by the report's own column names ({@code p50}, {@code
 * p99}, {@code p99.9}), so runs configured with other percentiles still load; a value Gatling
 * prints as "-" is null. {@code groupPercentilesMs} holds the same columns for each top-level
 * Gatling group (the simulations put every request but the long polls in groups, so these are the
 * latencies a regression shows in); runs recorded before it was kept have none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GatlingStats(
    long requests,
    long ok,
    long ko,
    Double requestsPerSecond,
    Double meanMs,
    Double maxMs,
    Map<String, Double> percentilesMs,
    Map<String, Map<String, Double>> groupPercentilesMs) {

  public GatlingStats {
    groupPercentilesMs =
        groupPercentilesMs == null
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(groupPercentilesMs));
    Map<String, Double> byRank =
        new TreeMap<>(Comparator.comparingDouble(key -> Double.parseDouble(key.substring(1))));
    if (percentilesMs != null) {
      byRank.putAll(percentilesMs);
    }
    percentilesMs = Collections.unmodifiableMap(byRank);
  }

  public Double percentileMs(String key) {
    return percentilesMs.get(key);
  }

  public double koPercent() {
    return requests == 0 ? 0 : 100.0 * ko / requests;
  }
}
