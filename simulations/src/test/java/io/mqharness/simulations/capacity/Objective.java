package io.mqharness.simulations.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * What a step must meet to hold (the run summary's {@code capacity.objective}): the produce group's
 * p99 at most {@code p99Ms} ms, at most {@code maxErrorPercent} % of its publishes failed, an
 * achieved publish rate of at least {@code minAchievedRatio} of the offered rate, and, for the
 * end-to-end variant only ({@code maxLagMessages} null otherwise), at most {@code maxLagMessages}
 * messages published and not yet consumed when the step is judged.
 */
public record Objective(
    int p99Ms,
    double maxErrorPercent,
    double minAchievedRatio,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxLagMessages) {

  public Objective {
    if (p99Ms <= 0
        || maxErrorPercent < 0
        || minAchievedRatio <= 0
        || minAchievedRatio > 1
        || (maxLagMessages != null && maxLagMessages < 0)) {
      throw new IllegalArgumentException(
          "the objective needs mq.slo.p99Ms > 0, mq.slo.maxErrorPercent >= 0, "
              + "mq.slo.minAchievedRatio within (0, 1] and mq.slo.maxLagMessages >= 0: "
              + p99Ms
              + ", "
              + maxErrorPercent
              + ", "
              + minAchievedRatio
              + ", "
              + maxLagMessages);
    }
  }

  /**
   * {@code step} judged: the same figures with {@code held} and, when it broke, the {@code reason}
   * naming every part of the objective it missed, e.g. {@code p99 612 ms > 500 ms; achieved 430/s <
   * 95% of 500/s}.
   */
  public StepFigures judge(StepFigures step) {
    List<String> missed = new ArrayList<>();
    // from the counts: errorPercent is rounded to 2 decimals for the summary
    double errorPercent = step.requests() == 0 ? 0 : step.errors() * 100.0 / step.requests();
    if (errorPercent > maxErrorPercent) {
      missed.add(
          "errors " + step.errorPercent() + " % > " + Numbers.decimal(maxErrorPercent) + " %");
    }
    if (step.p99Ms() > p99Ms) {
      missed.add("p99 " + Numbers.decimal(step.p99Ms()) + " ms > " + p99Ms + " ms");
    }
    if (step.achievedPerSecond() < minAchievedRatio * step.offeredPerSecond()) {
      missed.add(
          "achieved "
              + Numbers.rate(step.achievedPerSecond())
              + "/s < "
              + Numbers.percent(minAchievedRatio)
              + "% of "
              + Numbers.rate(step.offeredPerSecond())
              + "/s");
    }
    if (maxLagMessages != null && step.lag() != null && step.lag() > maxLagMessages) {
      missed.add("lag " + step.lag() + " messages > " + maxLagMessages);
    }
    return step.judged(missed.isEmpty(), missed.isEmpty() ? null : String.join("; ", missed));
  }

  /**
   * e.g. {@code p99 <= 500 ms, errors <= 1.0 %, achieved >= 95% of offered, lag <= 1000 messages}.
   */
  public String describe() {
    return "p99 <= "
        + p99Ms
        + " ms, errors <= "
        + Numbers.decimal(maxErrorPercent)
        + " %, achieved >= "
        + Numbers.percent(minAchievedRatio)
        + "% of offered"
        + (maxLagMessages == null ? "" : ", lag <= " + maxLagMessages + " messages");
  }
}
