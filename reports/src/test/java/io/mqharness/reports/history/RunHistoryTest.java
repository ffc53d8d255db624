package io.mqharness.reports.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.reports.gatling.GatlingAssertions;
import io.mqharness.reports.gatling.GatlingRunId;
import io.mqharness.reports.gatling.GatlingStats;
import io.mqharness.reports.summary.SimulationRunSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunHistoryTest {

  @Test
  void mergingAddsTheNewRunsAndKeepsTheKnownOnes() {
    // given
    RunHistory known =
        RunHistory.empty().merge(List.of(run("publishsimulation-20261125100000000", 10)));

    // when the old directory is gone and a new run is there
    RunHistory merged = known.merge(List.of(run("publishsimulation-20261125110000000", 12)));

    // then
    assertThat(merged.runs())
        .extracting(RunRecord::id)
        .containsExactly(
            "publishsimulation-20261125100000000", "publishsimulation-20261125110000000");
  }

  @Test
  void aRunSeenAgainIsNotAddedTwiceAndKeepsItsFirstFigures() {
    RunHistory known =
        RunHistory.empty().merge(List.of(run("publishsimulation-20261125100000000", 10)));

    RunHistory merged = known.merge(List.of(run("publishsimulation-20261125100000000", 99)));

    assertThat(merged.runs())
        .singleElement()
        .satisfies(r -> assertThat(r.gatling().requestsPerSecond()).isEqualTo(10.0));
  }

  @Test
  void aKnownRunWithoutSummaryGainsOneFoundLater() {
    // given
    RunHistory known =
        RunHistory.empty().merge(List.of(run("publishsimulation-20261125100000000", 10)));
    SimulationRunSummary late =
        new SimulationRunSummary(
            "PublishSimulation",
            Instant.parse("2026-11-25T09:59:58Z"),
            null,
            "embedded",
            null,
            Map.of("e2e.p99Ms", 40.0),
            null,
            true);

    // when
    RunHistory merged =
        known.merge(List.of(run("publishsimulation-20261125100000000", 10).withSummary(late)));

    // then
    assertThat(merged.runs())
        .singleElement()
        .satisfies(r -> assertThat(r.metric("e2e.p99Ms")).isEqualTo(40.0));
  }

  @Test
  void runsAreGroupedBySimulationOldestFirst() {
    RunHistory history =
        RunHistory.empty()
            .merge(
                List.of(
                    run("publishsimulation-20261125110000000", 2),
                    run("checksimulation-20261125100000000", 3),
                    run("publishsimulation-20261125100000000", 1)));

    assertThat(history.bySimulation()).containsOnlyKeys("PublishSimulation", "CheckSimulation");
    assertThat(history.bySimulation().get("PublishSimulation"))
        .extracting(r -> r.gatling().requestsPerSecond())
        .containsExactly(1.0, 2.0);
  }

  static RunRecord run(String id, double requestsPerSecond) {
    String simulation = id.startsWith("check") ? "CheckSimulation" : "PublishSimulation";
    Instant start = GatlingRunId.parse(id).orElseThrow().startedAt();
    return new RunRecord(
        id,
        simulation,
        start,
        new GatlingStats(
            100, 100, 0, requestsPerSecond, 3.0, 9.0, Map.of("p50", 2.0, "p99", 8.0), Map.of()),
        GatlingAssertions.none(),
        null);
  }
}
