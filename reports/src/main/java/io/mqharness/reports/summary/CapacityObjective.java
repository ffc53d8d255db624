package io.mqharness.reports.summary;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What every step of a capacity search had to meet to hold: produce-group p99 at most {@code p99Ms}
 * (ms), failed requests at most {@code maxErrorPercent} (%), achieved rate at least {@code
 * minAchievedRatio} (0..1) of the offered rate, and, for the end-to-end variant, consume lag at
 * most {@code maxLagMessages} (messages; null otherwise). A bound the summary leaves out is null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityObjective(
    Double p99Ms, Double maxErrorPercent, Double minAchievedRatio, Long maxLagMessages) {}
