package io.mqharness.simulations.scaleout;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mqharness.simulations.history.LatencyRecorder;
import io.mqharness.simulations.history.MessageLedger;
import io.mqharness.simulations.history.MessageLedger.Publication;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one injector of a scaled-out run hands to the merge besides its figures: {@code counters}
 * that add up across injectors (messages published, decisions, ...); for a simulation that keeps a
 * history, the message ids it {@code published} (kind and fate) and {@code delivered} (how many
 * times), and its end-to-end latencies ({@code e2eHistogram}: base64 of HdrHistogram's compressed
 * encoding, milliseconds); and the whole run's throughput floor ({@code minRequestsPerSec}, {@code
 * mq.assert.minRps}, 0 for none), which no single injector can judge. {@code published}, {@code
 * delivered} and {@code e2eHistogram} are null for a simulation without a history.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartialRun(
    Map<String, Long> counters,
    Map<String, Publication> published,
    Map<String, Integer> delivered,
    String e2eHistogram,
    double minRequestsPerSec) {

  /**
   * The integral figures of {@code metrics} as counters (rates and other decimals are recomputed by
   * the merge).
   */
  public static PartialRun counting(Map<String, Number> metrics) {
    Map<String, Long> counters = new LinkedHashMap<>();
    metrics.forEach(
        (key, value) -> {
          if (value instanceof Long || value instanceof Integer) {
            counters.put(key, value.longValue());
          }
        });
    return new PartialRun(counters, null, null, null, 0);
  }

  /** The history of a run that keeps one: its ledger and its end-to-end latencies. */
  public static PartialRun history(MessageLedger ledger, LatencyRecorder latency) {
    return new PartialRun(
        Map.of(), ledger.publications(), ledger.deliveries(), latency.encoded(), 0);
  }

  /** The same with the whole run's throughput floor (requests/s, 0 for none). */
  public PartialRun withMinRequestsPerSec(double floor) {
    return new PartialRun(counters, published, delivered, e2eHistogram, floor);
  }

  /** True when the injector kept a history (published and delivered message ids) to merge. */
  public boolean hasHistory() {
    return published != null;
  }
}
