package io.mqharness.reports.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mqharness.reports.gatling.GatlingAssertions;
import io.mqharness.reports.gatling.GatlingReport;
import io.mqharness.reports.gatling.GatlingStats;
import io.mqharness.reports.summary.SimulationRunSummary;
import java.time.Instant;
import java.util.Objects;

/**
 * One simulation run as history keeps it: the Gatling figures copied out of the report (so they
 * outlive its directory) and the matching harness summary, if any. {@code id} is the Gatling run
 * directory name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunRecord(
    String id,
    String simulation,
    Instant startedAt,
    GatlingStats gatling,
    GatlingAssertions assertions,
    SimulationRunSummary summary) {

  public RunRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(simulation, "simulation");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(gatling, "gatling");
    assertions = assertions == null ? GatlingAssertions.none() : assertions;
  }

  public static RunRecord of(GatlingReport report, SimulationRunSummary summary) {
    return new RunRecord(
        report.id().name(),
        report.simulation(),
        report.id().startedAt(),
        report.stats(),
        report.assertions(),
        summary);
  }

  public RunRecord withSummary(SimulationRunSummary newSummary) {
    return new RunRecord(id, simulation, startedAt, gatling, assertions, newSummary);
  }

  /** A summary metric such as {@code e2e.p99Ms}, or null. */
  public Double metric(String name) {
    return summary == null ? null : summary.metrics().get(name);
  }
}
