package io.mqharness.simulations.harness;

import io.mqharness.simulations.scaleout.PartialRun;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a simulation found, handed to {@link HarnessRun#after} at the end of the run: its own {@code
 * metrics} (the run summary's {@code metrics}; Gatling's request statistics are in its report), its
 * {@code problems} in words, whether they fail the run ({@code failsRun}), the summary sections
 * only it writes ({@code sections}, e.g. {@code capacity} or {@code soak}) and, scaled out, what
 * this injector hands to {@code ./harness merge} ({@code partialRun}).
 */
public record RunFigures(
    Map<String, Number> metrics,
    List<String> problems,
    boolean failsRun,
    UnaryOperator<RunSummary> sections,
    PartialRun partialRun) {

  /**
   * {@code metrics} alone: no problem, no section of its own, its integral metrics as counters to
   * add up.
   */
  public static RunFigures of(Map<String, Number> metrics) {
    return new RunFigures(
        metrics, List.of(), false, UnaryOperator.identity(), PartialRun.counting(metrics));
  }

  /** These figures with {@code found} as the problems; {@code fail}: whether they fail the run. */
  public RunFigures withProblems(List<String> found, boolean fail) {
    return new RunFigures(metrics, List.copyOf(found), fail, sections, partialRun);
  }

  /** These figures with the summary sections {@code own} adds. */
  public RunFigures withSections(UnaryOperator<RunSummary> own) {
    return new RunFigures(metrics, problems, failsRun, own, partialRun);
  }

  /** These figures handing {@code partial} to the merge instead of the counters. */
  public RunFigures withPartialRun(PartialRun partial) {
    return new RunFigures(metrics, problems, failsRun, sections, partial);
  }

  /** {@code count} over {@code elapsed} in events/s, to one decimal; 0 for no time. */
  public static double perSecond(long count, Duration elapsed) {
    return elapsed.isZero() ? 0 : Math.round(count * 1000.0 / elapsed.toMillis() * 10) / 10.0;
  }
}
