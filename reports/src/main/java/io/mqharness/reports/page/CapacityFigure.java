package io.mqharness.reports.page;

import io.mqharness.reports.summary.Capacity;
import io.mqharness.reports.summary.CapacityObjective;
import io.mqharness.reports.summary.CapacityStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A capacity search's result in words, as the page and the run cards print it: the capacity figure
 * ({@code 893.5 publishes/s at p99 ≤ 500 ms}), the objective every step had to meet, and why the
 * search stopped. Plain text: callers escape it.
 */
public final class CapacityFigure {

  private CapacityFigure() {}

  /**
   * {@code N publishes/s at p99 ≤ X ms} with X the objective's p99 (the step's own p99 when the
   * summary gives no objective), followed for the end-to-end variant by {@code , M messages/s end
   * to end}. When the first step broke, {@code under R publishes/s at p99 ≤ X ms: the first step
   * broke}, R being that step's offered rate.
   */
  public static String headline(Capacity capacity, List<CapacityStep> steps) {
    String bound =
        p99Bound(capacity).map(ms -> " at p99 ≤ " + Format.number(ms) + " ms").orElse("");
    if (firstStepBroke(capacity, steps)) {
      Double firstOffered = steps.isEmpty() ? null : steps.get(0).offeredPerSecond();
      return firstOffered == null
          ? "no step held the objective" + bound
          : "under "
              + Format.number(firstOffered)
              + " publishes/s"
              + bound
              + ": the first step broke";
    }
    String headline = Format.number(capacity.publishesPerSecond()) + " publishes/s" + bound;
    if (capacity.endToEndVariant()) {
      headline += ", " + Format.number(capacity.endToEndPerSecond()) + " messages/s end to end";
    }
    return headline;
  }

  /**
   * {@code p99 ≤ 500 ms, errors ≤ 1 %, achieved ≥ 95 % of offered, lag ≤ 1000 messages}; bounds
   * left out are not named.
   */
  public static String objective(CapacityObjective objective) {
    if (objective == null) {
      return "not given in the summary";
    }
    List<String> bounds = new ArrayList<>();
    if (objective.p99Ms() != null) {
      bounds.add("p99 ≤ " + Format.number(objective.p99Ms()) + " ms");
    }
    if (objective.maxErrorPercent() != null) {
      bounds.add("errors ≤ " + Format.number(objective.maxErrorPercent()) + " %");
    }
    if (objective.minAchievedRatio() != null) {
      bounds.add(
          "achieved ≥ " + Format.number(objective.minAchievedRatio() * 100) + " % of offered");
    }
    if (objective.maxLagMessages() != null) {
      bounds.add("lag ≤ " + objective.maxLagMessages() + " messages");
    }
    return bounds.isEmpty() ? "not given in the summary" : String.join(", ", bounds);
  }

  /**
   * Why the search stopped: {@code Stopped at step 6 (1050/s offered): p99 612 ms > 500 ms.} or
   * {@code Every step held: reached the maximum rate 500/s.}
   */
  public static String stop(Capacity capacity, List<CapacityStep> steps) {
    String reason =
        capacity.stopReason() == null || capacity.stopReason().isBlank()
            ? null
            : capacity.stopReason();
    if (capacity.stoppedAtStep() == null) {
      return "Every step held" + (reason == null ? "." : ": " + reason + ".");
    }
    Double offered =
        steps.stream()
            .filter(s -> capacity.stoppedAtStep().equals(s.index()))
            .findFirst()
            .map(CapacityStep::offeredPerSecond)
            .orElse(null);
    return "Stopped at step "
        + capacity.stoppedAtStep()
        + (offered == null ? "" : " (" + Format.number(offered) + "/s offered)")
        + (reason == null ? "." : ": " + reason + ".");
  }

  /**
   * The step the capacity was measured in: the last one that held before the first that broke, if
   * any.
   */
  public static Optional<CapacityStep> capacityStep(List<CapacityStep> steps) {
    CapacityStep last = null;
    for (CapacityStep step : steps) {
      if (!step.heldObjective()) {
        break;
      }
      last = step;
    }
    return Optional.ofNullable(last);
  }

  private static Optional<Double> p99Bound(Capacity capacity) {
    if (capacity.objective() != null && capacity.objective().p99Ms() != null) {
      return Optional.of(capacity.objective().p99Ms());
    }
    return Optional.ofNullable(capacity.p99Ms());
  }

  private static boolean firstStepBroke(Capacity capacity, List<CapacityStep> steps) {
    if (Integer.valueOf(1).equals(capacity.stoppedAtStep())) {
      return true;
    }
    boolean noRate = capacity.publishesPerSecond() == null || capacity.publishesPerSecond() == 0;
    return noRate && capacityStep(steps).isEmpty() && !steps.isEmpty();
  }
}
