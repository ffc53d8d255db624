package io.mqharness.reports.summary;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One step of a capacity search ({@code steps[]} of its run summary): a constant arrival rate held
 * for the step's duration and what the target did with it. Rates are messages/s, times ms. The
 * end-to-end fields ({@code consumedPerSecond}, {@code lag} in messages, {@code e2eP50Ms}, {@code
 * e2eP99Ms}) are null for the publish variant. {@code reason} says why a step broke the objective;
 * null when it held. Any figure the summary leaves out is null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityStep(
    Integer index,
    Double offeredPerSecond,
    Double achievedPerSecond,
    Long requests,
    Long errors,
    Double errorPercent,
    Double p50Ms,
    Double p99Ms,
    Double consumedPerSecond,
    Long lag,
    Double e2eP50Ms,
    Double e2eP99Ms,
    Boolean held,
    String reason) {

  /** True only when the summary says the step held; a step without a verdict did not. */
  public boolean heldObjective() {
    return Boolean.TRUE.equals(held);
  }
}
