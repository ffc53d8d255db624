package io.mqharness.simulations.faults;

/**
 * One fault in the run summary's {@code faults}: as written, its kind, share (%), delay (ms, delay
 * only), operation and planned window (s after the measured load's start; {@code toSeconds} null:
 * the end); when it was in place ({@code addedAtSeconds}, {@code removedAtSeconds}); the requests
 * it could pick ({@code exposedRequests}) and those that ended its way ({@code hits}: its KO, or
 * for a delay an answer at least that late), with their share ({@code hitPercent}) next to the one
 * injected.
 */
public record FaultFigures(
    String fault,
    String kind,
    double percent,
    long delayMs,
    String operation,
    double fromSeconds,
    Double toSeconds,
    Double addedAtSeconds,
    Double removedAtSeconds,
    long exposedRequests,
    long hits,
    double hitPercent,
    String expectedKo) {

  public static FaultFigures of(
      Fault fault, Double addedAt, Double removedAt, long exposed, long hits) {
    return new FaultFigures(
        fault.text(),
        fault.kind().word(),
        fault.percent(),
        fault.delay().toMillis(),
        fault.operation().word(),
        fault.from().toMillis() / 1000.0,
        fault.to().map(to -> to.toMillis() / 1000.0).orElse(null),
        addedAt,
        removedAt,
        exposed,
        hits,
        exposed == 0 ? 0 : Math.round(hits * 10_000.0 / exposed) / 100.0,
        fault.kind().ko().word());
  }
}
