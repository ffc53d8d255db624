package io.mqharness.simulations.harness;

import io.mqharness.simulations.faults.Fault;
import io.mqharness.simulations.faults.FaultFigures;
import io.mqharness.simulations.faults.FaultInjector;
import io.mqharness.simulations.outcomes.RequestOutcomes;
import io.mqharness.simulations.scaleout.PartialSummary;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulations.warmup.WarmUpFigures;
import io.mqharness.simulations.warmup.WarmUpRecorder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end of a run: its {@link RunSummary} written (or, scaled out, this injector's {@link
 * PartialSummary}), its figures, faults and problems printed, and the verdict: a run whose figures
 * fail it, or whose faults were not put in place or explain too few of its KOs, throws.
 */
final class RunReport {
  private final HarnessRun run;
  private final String simulation;
  private final FaultInjector injector;
  private final WarmUpRecorder warmUpRecorder;

  RunReport(
      HarnessRun run, String simulation, FaultInjector injector, WarmUpRecorder warmUpRecorder) {
    this.run = run;
    this.simulation = simulation;
    this.injector = injector;
    this.warmUpRecorder = warmUpRecorder;
  }

  /**
   * @throws IllegalStateException when {@code found} or the faults' verdict fail the run
   */
  void write(Instant started, Instant ended, RunFigures found) {
    HarnessSettings settings = run.settings();
    RequestOutcomes outcomes = run.outcomes();
    Map<String, Number> metrics = found.metrics();
    List<String> problems = new ArrayList<>(found.problems());
    List<String> faultProblems = faultProblems();
    problems.addAll(faultProblems);
    boolean failed = found.failsRun() || !faultProblems.isEmpty();
    RunSummary summary =
        found
            .sections()
            .apply(
                RunSummary.of(
                        simulation,
                        started,
                        ended,
                        settings,
                        run.parameters(),
                        metrics,
                        problems,
                        !failed)
                    .withWarmUp(warmUpFigures())
                    .withOutcomes(
                        run.tracksOutcomes() ? outcomes.byOperation() : null,
                        run.faults().isEmpty() ? null : faultFigures()));
    Path written =
        settings.injectors().partial()
            ? PartialSummary.write(
                summary,
                settings.injectors(),
                found.partialRun().withMinRequestsPerSec(settings.thresholds().minRequestsPerSec()))
            : summary.write();
    System.out.println("== " + simulation + " figures (also in " + written + ")");
    Map<String, Object> shown = new LinkedHashMap<>(metrics);
    if (run.tracksOutcomes()) {
      outcomes
          .byOperation()
          .forEach((operation, figures) -> shown.put("requests." + operation, figures));
    }
    FigureLines.of(shown).forEach(System.out::println);
    if (summary.faults() != null) {
      summary
          .faults()
          .forEach(
              f ->
                  System.out.printf(
                      "   fault %-18s %d of %d requests it could pick (%.2f %%, %s %% injected)%n",
                      f.kind() + "/" + f.operation(),
                      f.hits(),
                      f.exposedRequests(),
                      f.hitPercent(),
                      f.percent()));
    }
    problems.forEach(problem -> System.out.println("   problem: " + problem));
    if (settings.injectors().partial()) {
      System.out.println(
          "   note: "
              + settings.injectors().describe()
              + "'s share only; ./harness merge judges the whole run");
    }
    if (run.budget().spent()) {
      System.out.println(
          "   note: the cap of "
              + settings.maxRequests()
              + " requests was reached; the run stopped early");
    }
    if (failed) {
      throw new IllegalStateException(simulation + " failed its own checks: " + problems);
    }
  }

  /**
   * What fails a run with faults: a fault not put in place or not removed, and KOs no fault
   * explains above {@code mq.assert.maxErrorPercent} of the tracked requests.
   */
  private List<String> faultProblems() {
    if (injector == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(injector.problems());
    RequestOutcomes outcomes = run.outcomes();
    long all = outcomes.requests();
    long unexplained = outcomes.unexplainedKos();
    double limit = run.settings().thresholds().maxErrorPercent();
    if (run.tracksOutcomes() && all > 0 && unexplained * 100.0 / all > limit) {
      out.add(
          unexplained
              + " of "
              + all
              + " requests failed in a way no injected fault explains ("
              + Math.round(unexplained * 10_000.0 / all) / 100.0
              + " % > mq.assert.maxErrorPercent "
              + limit
              + " %)");
    }
    return out;
  }

  private List<FaultFigures> faultFigures() {
    List<FaultFigures> out = new ArrayList<>();
    List<Fault> all = run.faults().faults();
    for (int i = 0; i < all.size(); i++) {
      out.add(
          FaultFigures.of(
              all.get(i),
              injector.addedAt(i),
              injector.removedAt(i),
              run.outcomes().exposed(i),
              run.outcomes().hit(i)));
    }
    return out;
  }

  private WarmUpFigures warmUpFigures() {
    return run.warmUp().enabled()
        ? new WarmUpFigures(run.warmUp().seconds(), warmUpRecorder.requests())
        : null;
  }
}
