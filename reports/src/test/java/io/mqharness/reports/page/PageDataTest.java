package io.mqharness.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.reports.Json;
import io.mqharness.reports.gatling.GatlingAssertions;
import io.mqharness.reports.gatling.GatlingStats;
import io.mqharness.reports.history.RunHistory;
import io.mqharness.reports.history.RunRecord;
import io.mqharness.reports.summary.SimulationRunSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageDataTest {

  @Test
  void noInputCanCloseTheInlineScriptAndTheDataStillParsesBack() throws Exception {
    // given a simulation and a metric whose names carry markup
    SimulationRunSummary summary =
        new SimulationRunSummary(
            "</script><script>alert(1)</script>",
            Instant.parse("2026-11-25T10:00:00Z"),
            null,
            "embedded",
            null,
            Map.of("a&b<c>", 1.0),
            null,
            true);
    RunRecord run =
        new RunRecord(
            "x-20261125100000000",
            summary.simulation(),
            Instant.parse("2026-11-25T10:00:01Z"),
            new GatlingStats(1, 1, 0, 5.0, 1.0, 1.0, Map.of("p50", 1.0, "p99", 2.0), Map.of()),
            GatlingAssertions.none(),
            summary);
    IndexPage page =
        new IndexPage(
            Instant.parse("2026-11-25T11:00:00Z"),
            List.of(),
            RunHistory.empty().merge(List.of(run)),
            Map.of(),
            new ConformanceView(null, null, null),
            List.of());

    // when
    String json = PageData.json(page);

    // then
    assertThat(json).doesNotContain("<", ">", "&");
    assertThat(Json.MAPPER.readTree(json).at("/history/0/simulation").asText())
        .isEqualTo(summary.simulation());
    assertThat(Json.MAPPER.readTree(json).at("/history/0/runs/0/values").has("a&b<c>")).isTrue();
  }

  @Test
  void everyChartSeriesIsOfferedToThePage() throws Exception {
    IndexPage page =
        new IndexPage(
            Instant.parse("2026-11-25T11:00:00Z"),
            List.of("PublishSimulation"),
            RunHistory.empty(),
            Map.of(),
            new ConformanceView(null, null, null),
            List.of());

    String json = PageData.json(page);

    assertThat(Json.MAPPER.readTree(json).path("charts")).hasSize(ChartSpec.ALL.size());
    assertThat(Json.MAPPER.readTree(json).at("/history/0/runs")).isEmpty();
  }
}
