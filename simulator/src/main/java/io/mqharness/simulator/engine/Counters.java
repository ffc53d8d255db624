package io.mqharness.simulator.engine;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.simulator.engine.observe.EngineCounters;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine's running counts; changed and read under the engine's lock, handed out as {@link
 * EngineCounters}.
 */
final class Counters {
  long published;
  long halfPublished;
  long delivered;
  long redelivered;
  long acked;
  long committed;
  long rolledBack;
  long halfChecks;
  long deadLettered;
  long expired;
  long evicted;
  private final Map<ErrorCode, Long> rejected = new EnumMap<>(ErrorCode.class);

  void rejected(ErrorCode code) {
    rejected.merge(code, 1L, Long::sum);
  }

  /** The counts as a record, with the current number of waiting consumers. */
  EngineCounters read(int waitingConsumers) {
    Map<String, Long> byWireCode = new TreeMap<>();
    rejected.forEach((code, n) -> byWireCode.put(code.wireCode(), n));
    return new EngineCounters(
        published,
        halfPublished,
        delivered,
        redelivered,
        acked,
        committed,
        rolledBack,
        halfChecks,
        deadLettered,
        expired,
        evicted,
        byWireCode,
        waitingConsumers);
  }

  /** Every count back to zero (reset). */
  void clear() {
    published = halfPublished = delivered = redelivered = acked = committed = rolledBack = 0;
    halfChecks = deadLettered = expired = evicted = 0;
    rejected.clear();
  }
}
