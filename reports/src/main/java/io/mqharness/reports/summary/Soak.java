package io.mqharness.reports.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A soak run's samples and verdict ({@code soak} of a run summary, written by the simulations'
 * SoakSimulation): seconds between samples, whether each ran a {@code System.gc()} in the simulator
 * first, the part of the load its trends were judged over (seconds from the start of the load),
 * every sample, the trends, and whether none grew. Lists are empty, never null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Soak(
    Double sampleSeconds,
    Boolean explicitGc,
    Double judgedFromSeconds,
    Double judgedToSeconds,
    List<Sample> samples,
    List<Trend> trends,
    Boolean passed) {

  public Soak {
    samples = samples == null ? List.of() : List.copyOf(samples);
    trends = trends == null ? List.of() : List.copyOf(trends);
  }

  /**
   * One sample, {@code tSeconds} after the load started: the simulator's heap after a collection
   * and its limit (bytes), live threads, open connections (-1: not told), stored messages; the
   * run's requests, publishes and deliveries per second since the previous sample, and its KOs in
   * that interval.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Sample(
      Double tSeconds,
      Long heapUsedAfterGcBytes,
      Long heapMaxBytes,
      Integer liveThreads,
      Integer openConnections,
      Long storedMessages,
      Double requestsPerSecond,
      Double publishedPerSecond,
      Double deliveredPerSecond,
      Long kos) {}

  /**
   * A least-squares line through one judged series ({@code heap} in bytes, {@code threads}, {@code
   * connections}): slope per second, its t statistic, the residuals' noise, the growth over the
   * judged window against the allowance, and whether it grows (the soak then failed).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Trend(
      String series,
      String unit,
      Integer samples,
      Double fromSeconds,
      Double toSeconds,
      Double slopePerSecond,
      Double tStatistic,
      Double noise,
      Double growth,
      Double allowance,
      Boolean grows) {}
}
