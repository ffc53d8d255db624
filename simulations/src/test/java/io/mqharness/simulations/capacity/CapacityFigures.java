package io.mqharness.simulations.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * The run summary's {@code capacity}: the highest step that held. {@code variant}: {@code publish}
 * or {@code endToEnd}; {@code publishesPerSecond}: that step's achieved publish rate (0 when the
 * first step broke); {@code endToEndPerSecond}: its consumed rate (end-to-end variant only, else
 * null and absent); {@code offeredPerSecond} and {@code p99Ms}: its offered rate and produce-group
 * p99 (0 when none held); {@code stoppedAtStep}: the index of the first step that broke (or was cut
 * short), null when every step held up to the maximum rate; {@code stopReason}: why the search
 * stopped.
 */
public record CapacityFigures(
    String variant,
    double publishesPerSecond,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double endToEndPerSecond,
    double offeredPerSecond,
    double p99Ms,
    Objective objective,
    Integer stoppedAtStep,
    String stopReason) {

  /**
   * What the console says at the end of a search, e.g. {@code == capacity: 799.2 publishes/s at p99
   * <= 500 ms}, the highest step that held, and where and why the search stopped.
   */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add(
        "== capacity: "
            + Numbers.rate(publishesPerSecond)
            + " publishes/s at p99 <= "
            + objective.p99Ms()
            + " ms"
            + (endToEndPerSecond == null
                ? ""
                : ", end to end "
                    + Numbers.rate(endToEndPerSecond)
                    + " messages/s with lag <= "
                    + objective.maxLagMessages()));
    if (offeredPerSecond > 0) {
      out.add(
          "   the highest step that held offered "
              + Numbers.rate(offeredPerSecond)
              + "/s; its p99 was "
              + Numbers.decimal(p99Ms)
              + " ms");
    }
    out.add(
        "   "
            + (stoppedAtStep == null ? "stopped: " : "stopped at step " + stoppedAtStep + ": ")
            + stopReason);
    return out;
  }
}
