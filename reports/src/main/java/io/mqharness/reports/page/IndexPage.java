package io.mqharness.reports.page;

import io.mqharness.reports.history.RunHistory;
import io.mqharness.reports.history.RunRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the page shows, gathered before rendering. {@code reportLinks} maps a run id to the href of its Gatling
 * report, for the runs whose directory still exists.
 */
public record IndexPage(
    Instant generatedAt,
    List<String> expectedSimulations,
    RunHistory history,
    Map<String, String> reportLinks,
    ConformanceView conformance,
    List<String> notes) {

  public IndexPage {
    expectedSimulations = List.copyOf(expectedSimulations);
    reportLinks = Map.copyOf(reportLinks);
    notes = List.copyOf(notes);
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
