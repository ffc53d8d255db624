package io.mqharness.reports.summary;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code capacity} of a capacity search's run summary: the figures of the highest step that held
 * the objective.
 *
 * @param variant {@code publish} or {@code endToEnd} (publish, consume and ack), as the summary
 *     spells it
 * @param publishesPerSecond achieved publish rate of that step, messages/s; 0 when the first step
 *     already broke
 * @param endToEndPerSecond consumed rate of that step, messages/s; end-to-end variant only, else
 *     null
 * @param offeredPerSecond arrival rate offered in that step, messages/s
 * @param p99Ms produce-group p99 of that step, ms
 * @param stoppedAtStep index (1-based) of the first step that broke the objective; null when every
 *     step held up to the maximum rate
 * @param stopReason why the search stopped, in words: the objective the step broke, or the maximum
 *     rate reached
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Capacity(
    String variant,
    Double publishesPerSecond,
    Double endToEndPerSecond,
    Double offeredPerSecond,
    Double p99Ms,
    CapacityObjective objective,
    Integer stoppedAtStep,
    String stopReason) {

  public static final String END_TO_END = "endToEnd";

  /**
   * True for the publish + consume + ack variant, whose steps also carry consumed rate, lag and e2e
   * latency.
   */
  public boolean endToEndVariant() {
    return END_TO_END.equalsIgnoreCase(variant);
  }
}
