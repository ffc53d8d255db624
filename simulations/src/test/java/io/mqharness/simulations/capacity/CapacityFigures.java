package io.mqharness.simulations.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The run summary's {@code capacity}: the highest step that held. {@code variant}: {@code publish} or
 * {@code endToEnd}; {@code publishesPerSecond}: that step's achieved publish rate (0 when the first step broke);
 * {@code endToEndPerSecond}: its consumed rate (end-to-end variant only, else null and absent);
 * {@code offeredPerSecond} and {@code p99Ms}: its offered rate and produce-group p99 (0 when none held);
 * {@code stoppedAtStep}: the index of the first step that broke (or was cut short), null when every step held up to
 * the maximum rate; {@code stopReason}: why the search stopped.
 */
public record CapacityFigures(String variant, double publishesPerSecond,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double endToEndPerSecond,
    double offeredPerSecond, double p99Ms, Objective objective, Integer stoppedAtStep, String stopReason) {}
