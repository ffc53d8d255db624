package io.mqharness.simulations.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One step of a capacity search, as the run summary's {@code steps[]} holds it. {@code index} from
 * 1; {@code offeredPerSecond}: the arrival rate the step planned (publishes/s); {@code
 * achievedPerSecond}: publishes answered OK per second, over a window as long as the step that
 * begins the step's median response time after the step did (what a steady target answers of what
 * the step offered); {@code requests}: publishes the step started; {@code errors} and {@code
 * errorPercent} of those; {@code p50Ms} and {@code p99Ms}: the produce group's response times of
 * the step's publishes, in ms (a publish still unanswered when the step is judged counts as its age
 * then). End-to-end variant only (null, and absent from the JSON, otherwise): {@code
 * consumedPerSecond} (messages consumed within the window), {@code lag} (messages published OK and
 * not yet consumed when the step is judged) and {@code e2eP50Ms} / {@code e2eP99Ms} (publish to
 * consume, of the messages consumed within the window; null when none was). {@code held}: whether
 * it met the objective; {@code reason}: why not, null when it held.
 */
public record StepFigures(
    int index,
    double offeredPerSecond,
    double achievedPerSecond,
    long requests,
    long errors,
    double errorPercent,
    double p50Ms,
    double p99Ms,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double consumedPerSecond,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long lag,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double e2eP50Ms,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double e2eP99Ms,
    boolean held,
    String reason) {

  /** These figures with a verdict. */
  public StepFigures judged(boolean verdict, String why) {
    return new StepFigures(
        index,
        offeredPerSecond,
        achievedPerSecond,
        requests,
        errors,
        errorPercent,
        p50Ms,
        p99Ms,
        consumedPerSecond,
        lag,
        e2eP50Ms,
        e2eP99Ms,
        verdict,
        why);
  }

  /**
   * The console line of the step, e.g. {@code step 3 offered 400/s achieved 399.2/s p50 2 ms p99 9
   * ms errors 0 (0 %) held}.
   */
  public String line() {
    StringBuilder out =
        new StringBuilder(
            String.format(
                "step %-3d offered %s/s  achieved %s/s  p50 %s ms  p99 %s ms  errors %d (%s %%)",
                index,
                Numbers.rate(offeredPerSecond),
                Numbers.rate(achievedPerSecond),
                Numbers.decimal(p50Ms),
                Numbers.decimal(p99Ms),
                errors,
                Numbers.decimal(errorPercent)));
    if (consumedPerSecond != null) {
      out.append(String.format("  consumed %s/s  lag %d", Numbers.rate(consumedPerSecond), lag));
      if (e2eP50Ms != null) {
        out.append(
            String.format(
                "  e2e p50 %s ms  p99 %s ms",
                Numbers.decimal(e2eP50Ms), Numbers.decimal(e2eP99Ms)));
      }
    }
    return out.append(held ? "  held" : "  BROKE: " + reason).toString();
  }
}
