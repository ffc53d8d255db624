package io.mqharness.simulations.scaleout;

import io.mqharness.simulations.scaleout.gatlinglog.SimulationLogMerger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The merge of a scaled-out run ({@code ./harness merge DIR...}): reads every injector's folder,
 * merges their {@code simulation.log} files into one run folder under {@code resultsFolder} and has
 * Gatling's reports-only mode make ONE report of it, adds their partial summaries up into ONE run
 * summary in {@code runsDir}, and prints the figures of each part and of the whole.
 */
public final class ScaleOutMerge {
  /** A file in the merged run folder naming the folders merged into it. */
  static final String MERGED_FROM = "merged-from.txt";

  private ScaleOutMerge() {}

  /**
   * What a merge produced. {@code failed} when the merged run failed its own checks (lost or rolled
   * back and delivered messages, an injector's own problem that fails its run), Gatling's
   * assertions over the merged log, or the whole run's throughput floor.
   */
  public record Outcome(
      MergedRun run,
      Path summary,
      GatlingReportsOnly report,
      SimulationLogMerger.Merged log,
      List<String> failures) {
    public boolean failed() {
      return !failures.isEmpty();
    }
  }

  /**
   * Merges the injectors' folders {@code dirs}, with Gatling run from {@code classpath} (this JVM's
   * test classpath).
   *
   * @throws IllegalArgumentException when the folders are not every injector of one run, one each
   * @throws IOException when a folder cannot be read or the results cannot be written
   */
  public static Outcome merge(
      List<Path> dirs, Path runsDir, Path resultsFolder, String classpath, PrintStream out)
      throws IOException, InterruptedException {
    List<InjectorPart> parts = new ArrayList<>();
    for (Path dir : dirs) {
      parts.add(InjectorPart.in(dir));
    }
    MergedRun run = RunMerge.merge(parts);
    List<InjectorPart> sorted =
        parts.stream().sorted((a, b) -> a.share().index() - b.share().index()).toList();

    Path runFolder = runFolder(resultsFolder, sorted.get(0), run.startedAt());
    Files.createDirectories(runFolder);
    Files.write(runFolder.resolve(MERGED_FROM), run.parts());
    SimulationLogMerger.Merged log =
        SimulationLogMerger.merge(
            sorted.stream().map(InjectorPart::simulationLog).toList(),
            runFolder.resolve("simulation.log"));
    GatlingReportsOnly report =
        GatlingReportsOnly.generate(resultsFolder, runFolder.getFileName().toString(), classpath);
    Path summary = run.write(runsDir);

    List<String> failures = new ArrayList<>();
    if (!run.summary().passed()) {
      failures.add("the merged run failed its own checks (see problems)");
    }
    if (!report.reported()) {
      failures.add(
          "Gatling made no report of the merged log (exit status " + report.exitStatus() + ")");
    } else if (report.exitStatus() != 0) {
      failures.add("Gatling's assertions failed over the merged log");
    }
    if (run.minRequestsPerSec() > 0) {
      double rps = report.meanRequestsPerSec().orElse(0);
      if (rps < run.minRequestsPerSec()) {
        failures.add(
            "mean throughput " + rps + " requests/s < mq.assert.minRps " + run.minRequestsPerSec());
      }
    }
    Outcome outcome = new Outcome(run, summary, report, log, List.copyOf(failures));
    print(outcome, sorted, out);
    return outcome;
  }

  /**
   * {@code <simulation id>-<stamp of the run's start>} as Gatling names run folders; a folder not a
   * merge's is left alone.
   */
  private static Path runFolder(Path resultsFolder, InjectorPart first, Instant started)
      throws IOException {
    String simulationId = first.simulation().toLowerCase(Locale.ROOT);
    Instant stamp = started;
    while (true) {
      Path folder = resultsFolder.resolve(simulationId + "-" + PartialSummary.stamp(stamp));
      if (!Files.exists(folder) || Files.exists(folder.resolve(MERGED_FROM))) {
        return folder;
      }
      stamp = stamp.plusMillis(1);
    }
  }

  private static void print(Outcome outcome, List<InjectorPart> parts, PrintStream out) {
    MergedRun run = outcome.run();
    out.println(
        "== "
            + run.summary().simulation()
            + ": "
            + parts.size()
            + " injectors merged, against "
            + run.summary().target());
    // When each injector started says whether they loaded the service together (pods may start
    // apart).
    for (int i = 0; i < parts.size(); i++) {
      InjectorPart part = parts.get(i);
      double offset = Duration.between(run.startedAt(), part.startedAt()).toMillis() / 1000.0;
      out.printf(
          "   injector %d  started +%.1f s  %7d requests (its simulation.log)  %s  %s%n",
          part.share().index(),
          offset,
          outcome.log().partRequests().get(i),
          figures(part),
          part.dir());
    }
    out.printf(
        "   merged                     %7s requests (Gatling's report of the merged log)%n",
        outcome.report().requests().isPresent()
            ? String.valueOf(outcome.report().requests().getAsLong())
            : "?");
    out.println("== figures of the whole run (also in " + outcome.summary() + ")");
    run.summary().metrics().forEach((key, value) -> out.printf("   %-28s %s%n", key, value));
    run.summary().problems().forEach(problem -> out.println("   problem: " + problem));
    outcome.log().notes().forEach(note -> out.println("   note: " + note));
    out.println("== Gatling's assertions over the merged log");
    outcome.report().assertions().forEach(line -> out.println("   " + line));
    if (run.minRequestsPerSec() > 0) {
      out.println(
          "   mean throughput "
              + outcome.report().meanRequestsPerSec().orElse(0)
              + " requests/s >= "
              + run.minRequestsPerSec()
              + " (mq.assert.minRps, the whole run's) : "
              + (outcome.report().meanRequestsPerSec().orElse(0) >= run.minRequestsPerSec()));
    }
    out.println("Gatling report: " + outcome.report().index().toAbsolutePath());
    if (outcome.failed()) {
      outcome.failures().forEach(failure -> out.println("FAILED: " + failure));
    } else {
      out.println("PASSED");
    }
  }

  private static String figures(InjectorPart part) {
    StringBuilder figures = new StringBuilder();
    part.summary()
        .path("metrics")
        .fields()
        .forEachRemaining(
            e -> {
              if (List.of("published", "delivered", "decisions", "consumed").contains(e.getKey())) {
                figures.append(e.getKey()).append(' ').append(e.getValue().asText()).append("  ");
              }
            });
    return figures.toString().strip();
  }
}
