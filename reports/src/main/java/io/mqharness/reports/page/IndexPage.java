package io.mqharness.reports.page;

import io.mqharness.reports.history.RunHistory;
import io.mqharness.reports.history.RunRecord;
import io.mqharness.reports.summary.FailedRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the page shows, gathered before rendering. {@code reportLinks} maps a run id to the
 * href of its Gatling report, for the runs whose directory still exists; {@code failedRuns}: runs
 * that ended without a summary.
 */
public record IndexPage(
    Instant generatedAt,
    List<String> expectedSimulations,
    RunHistory history,
    Map<String, String> reportLinks,
    ConformanceView conformance,
    List<String> notes,
    List<FailedRun> failedRuns) {

  public IndexPage {
    expectedSimulations = List.copyOf(expectedSimulations);
    failedRuns = List.copyOf(failedRuns);
    reportLinks = Map.copyOf(reportLinks);
    notes = List.copyOf(notes);
  }

  /** A page without failed runs' records. */
  public IndexPage(
      Instant generatedAt,
      List<String> expectedSimulations,
      RunHistory history,
      Map<String, String> reportLinks,
      ConformanceView conformance,
      List<String> notes) {
    this(generatedAt, expectedSimulations, history, reportLinks, conformance, notes, List.of());
  }

  /** The expected simulations first, in their order, then any other simulation found in history. */
  public List<String> simulations() {
    List<String> all = new ArrayList<>(expectedSimulations);
    history.bySimulation().keySet().stream().filter(s -> !all.contains(s)).forEach(all::add);
    return all;
  }

  public List<RunRecord> runsOf(String simulation) {
    return history.bySimulation().getOrDefault(simulation, List.of());
  }

  public Optional<String> reportLink(RunRecord run) {
    return Optional.ofNullable(reportLinks.get(run.id()));
  }
}
