package io.mqharness.simulator.wiremock;

import io.mqharness.protocol.error.ErrorCode;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the HTTP layer saw: requests that reached the engine, and requests refused before it, by
 * code.
 */
public final class WireCounters {
  private final LongAdder accepted = new LongAdder();
  private final Map<ErrorCode, LongAdder> rejected = new ConcurrentHashMap<>();

  void accepted() {
    accepted.increment();
  }

  void rejected(ErrorCode code) {
    rejected.computeIfAbsent(code, c -> new LongAdder()).increment();
  }

  public Snapshot snapshot() {
    Map<String, Long> byCode = new TreeMap<>();
    rejected.forEach((code, n) -> byCode.put(code.wireCode(), n.sum()));
    return new Snapshot(accepted.sum(), byCode);
  }

  public void reset() {
    accepted.reset();
    rejected.clear();
  }

  /**
   * Requests parsed and handed to the engine, and requests refused by the HTTP layer per error
   * code.
   */
  public record Snapshot(long acceptedRequests, Map<String, Long> rejectedRequests) {}
}
