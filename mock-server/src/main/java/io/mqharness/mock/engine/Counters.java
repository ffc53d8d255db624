package io.mqharness.mock.engine;

import io.mqharness.mock.engine.observe.EngineCounters;
import io.mqharness.protocol.error.ErrorCode;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** The engine's running counts; read under the engine's lock, handed out as {@link EngineCounters}. */
final class Counters {
  public long published;
  public long halfPublished;
  public long delivered;
  public long redelivered;
  public long acked;
  public long committed;
  public long rolledBack;
  public long halfChecks;
  public long deadLettered;
  public long expired;
  public long evicted;
  private final Map<ErrorCode, Long> rejected = new EnumMap<>(ErrorCode.class);

  public void rejected(ErrorCode code) {
    rejected.merge(code, 1L, Long::sum);
  }

  public EngineCounters read(int waitingConsumers) {
    Map<String, Long> byWireCode = new TreeMap<>();
    rejected.forEach((code, n) -> byWireCode.put(code.wireCode(), n));
    return new EngineCounters(
        published, halfPublished, delivered, redelivered, acked, committed, rolledBack, halfChecks, deadLettered,
        expired, evicted, byWireCode, waitingConsumers);
  }
}
