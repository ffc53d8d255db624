package io.mqharness.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.reports.gatling.GatlingAssertions;
import io.mqharness.reports.gatling.GatlingRunId;
import io.mqharness.reports.gatling.GatlingStats;
import io.mqharness.reports.history.RunHistory;
import io.mqharness.reports.history.RunRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LatestRunsSectionTest {

  @Test
  void aCardComparesEachGroupsP99WithThePreviousRun() {
    // given: two runs whose long polls keep the all-requests p99 flat while the produce group got
    // slower
    RunRecord first =
        run("endtoendsimulation-20261125100000000", 900.0, Map.of("produce", 20.0, "settle", 5.0));
    RunRecord second =
        run("endtoendsimulation-20261125110000000", 905.0, Map.of("produce", 60.0, "settle", 5.0));
    IndexPage page =
        new IndexPage(
            Instant.parse("2026-11-25T12:00:00Z"),
            List.of("EndToEndSimulation"),
            RunHistory.empty().merge(List.of(first, second)),
            Map.of(),
            new ConformanceView(null, null, null),
            List.of());

    // when
    String html = LatestRunsSection.render(page);

    // then
    assertThat(html).contains("<th>produce p99 ms</th><td>60" + Change.html(20.0, 60.0, false));
    assertThat(html).contains("<th>settle p99 ms</th><td>5" + Change.html(5.0, 5.0, false));
    assertThat(Change.html(20.0, 60.0, false)).isNotEqualTo(Change.html(5.0, 5.0, false));
  }

  private static RunRecord run(String id, double p99, Map<String, Double> groupP99) {
    Map<String, Map<String, Double>> groups = new TreeMap<>();
    groupP99.forEach((group, value) -> groups.put(group, Map.of("p99", value)));
    return new RunRecord(
        id,
        "EndToEndSimulation",
        GatlingRunId.parse(id).orElseThrow().startedAt(),
        new GatlingStats(100, 100, 0, 10.0, 5.0, 1000.0, Map.of("p50", 2.0, "p99", p99), groups),
        GatlingAssertions.none(),
        null);
  }
}
