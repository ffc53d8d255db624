package io.mqharness.reports.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.reports.gatling.GatlingAssertions;
import io.mqharness.reports.gatling.GatlingReport;
import io.mqharness.reports.gatling.GatlingRunId;
import io.mqharness.reports.gatling.GatlingStats;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryMatcherTest {

  @Test
  void aReportGetsTheSummaryThatStartedClosestBeforeIt() {
    // given
    GatlingReport report = report("PublishSimulation", "publishsimulation-20261125100010000");
    SimulationRunSummary earlier = summary("PublishSimulation", "2026-11-25T09:59:30Z");
    SimulationRunSummary closest = summary("PublishSimulation", "2026-11-25T10:00:07Z");

    // when
    Map<String, SimulationRunSummary> matched =
        SummaryMatcher.match(List.of(report), List.of(earlier, closest));

    // then
    assertThat(matched).containsEntry(report.id().name(), closest);
  }

  @Test
  void aSummaryOfAnotherSimulationIsNeverTaken() {
    GatlingReport report = report("PublishSimulation", "publishsimulation-20261125100010000");

    Map<String, SimulationRunSummary> matched =
        SummaryMatcher.match(
            List.of(report), List.of(summary("CheckSimulation", "2026-11-25T10:00:09Z")));

    assertThat(matched).isEmpty();
  }

  @Test
  void theSimulationNameIsComparedWithoutCase() {
    GatlingReport report = report("publishsimulation", "publishsimulation-20261125100010000");
    SimulationRunSummary summary = summary("PublishSimulation", "2026-11-25T10:00:09Z");

    assertThat(SummaryMatcher.match(List.of(report), List.of(summary))).containsValue(summary);
  }

  @Test
  void aSummaryOutsideTheWindowBelongsToNoReport() {
    // given a summary more than a minute before and one more than 5 s after the report's start
    GatlingReport report = report("PublishSimulation", "publishsimulation-20261125100010000");
    SimulationRunSummary tooEarly = summary("PublishSimulation", "2026-11-25T09:59:09Z");
    SimulationRunSummary tooLate = summary("PublishSimulation", "2026-11-25T10:00:15.001Z");

    // then
    assertThat(SummaryMatcher.match(List.of(report), List.of(tooEarly, tooLate))).isEmpty();
  }

  @Test
  void aSummaryStampedJustAfterTheReportStillMatches() {
    GatlingReport report = report("PublishSimulation", "publishsimulation-20261125100010000");
    SimulationRunSummary summary = summary("PublishSimulation", "2026-11-25T10:00:11Z");

    assertThat(SummaryMatcher.match(List.of(report), List.of(summary))).containsValue(summary);
  }

  @Test
  void oneSummaryGoesToOneReportOnlyEvenWhenTwoReportsCouldTakeIt() {
    // given two runs 20 s apart, the second of which wrote no summary
    GatlingReport first = report("PublishSimulation", "publishsimulation-20261125100010000");
    GatlingReport second = report("PublishSimulation", "publishsimulation-20261125100030000");
    SimulationRunSummary ofFirst = summary("PublishSimulation", "2026-11-25T10:00:08Z");

    // when
    Map<String, SimulationRunSummary> matched =
        SummaryMatcher.match(List.of(first, second), List.of(ofFirst));

    // then
    assertThat(matched).containsOnlyKeys(first.id().name());
  }

  private static GatlingReport report(String simulation, String directory) {
    return new GatlingReport(
        GatlingRunId.parse(directory).orElseThrow(),
        simulation,
        new GatlingStats(1, 1, 0, 1.0, 1.0, 1.0, Map.of(), Map.of()),
        GatlingAssertions.none());
  }

  private static SimulationRunSummary summary(String simulation, String startedAt) {
    return new SimulationRunSummary(
        simulation, Instant.parse(startedAt), null, "embedded", null, null, null, true);
  }
}
