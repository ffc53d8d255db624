package io.mqharness.reports.summary;

import io.mqharness.reports.gatling.GatlingReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs each Gatling report with the run summary of the same simulation that started closest to it.
 * A simulation starts (and stamps its summary) before Gatling stamps the run directory, so a
 * summary may start up to {@link #BEFORE} earlier or, for clock rounding, {@link #AFTER} later.
 * Pairs are taken closest first, so each summary goes to one report at most.
 */
public final class SummaryMatcher {

  static final Duration BEFORE = Duration.ofSeconds(60);
  static final Duration AFTER = Duration.ofSeconds(5);

  private SummaryMatcher() {}

  /** Gatling run directory name to its summary, for the reports that have one. */
  public static Map<String, SimulationRunSummary> match(
      List<GatlingReport> reports, List<SimulationRunSummary> summaries) {
    List<Candidate> candidates = new ArrayList<>();
    for (GatlingReport report : reports) {
      for (SimulationRunSummary summary : summaries) {
        Duration lead = Duration.between(summary.startedAt(), report.id().startedAt());
        boolean sameSimulation = summary.simulation().equalsIgnoreCase(report.simulation());
        if (sameSimulation && lead.compareTo(BEFORE) <= 0 && lead.compareTo(AFTER.negated()) >= 0) {
          candidates.add(new Candidate(report.id().name(), summary, lead.abs()));
        }
      }
    }
    candidates.sort(Comparator.comparing(Candidate::distance));
    Map<String, SimulationRunSummary> matched = new HashMap<>();
    Set<SimulationRunSummary> used = new HashSet<>();
    for (Candidate c : candidates) {
      if (!matched.containsKey(c.reportName()) && used.add(c.summary())) {
        matched.put(c.reportName(), c.summary());
      }
    }
    return matched;
  }

  private record Candidate(String reportName, SimulationRunSummary summary, Duration distance) {}
}
