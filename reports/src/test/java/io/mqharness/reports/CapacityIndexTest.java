package io.mqharness.reports;

import static io.mqharness.reports.FixtureProject.CAPACITY_END_TO_END;
import static io.mqharness.reports.FixtureProject.CAPACITY_HELD_TO_MAX;
import static io.mqharness.reports.FixtureProject.CAPACITY_PUBLISH;
import static io.mqharness.reports.FixtureProject.GROUPS_REPORT;
import static io.mqharness.reports.FixtureProject.PUBLISH_1;
import static io.mqharness.reports.FixtureProject.runIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqharness.reports.history.HistoryStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Capacity section of whole generations over capacity searches' summaries (fixtures/summaries).
 */
class CapacityIndexTest {

  private static final String PUBLISH_RUN = runIdOf(CAPACITY_PUBLISH);
  private static final String END_TO_END_RUN = runIdOf(CAPACITY_END_TO_END);
  private static final String HELD_TO_MAX_RUN = runIdOf(CAPACITY_HELD_TO_MAX);

  @TempDir Path root;

  @Test
  void withoutACapacitySearchTheSectionSaysNotRunYet() throws Exception {
    // when
    FixtureProject project = new FixtureProject(root).withRun(PUBLISH_1);
    project.generate();

    // then
    Document index = project.index();
    assertThat(index.select("#capacity .not-run"))
        .extracting(Element::text)
        .containsExactly("Capacity search: not run yet");
    assertThat(index.select("[data-capacity-chart]")).isEmpty();
    assertThat(index.select("nav a[href=#capacity]")).hasSize(1);
  }

  @Test
  void aCapacitySearchThatCrashedIsShownAsFailedWithItsLogNotAsNotRunYet() throws Exception {
    // given: ./harness capacity recorded a search that exited 1 without a summary
    FixtureProject project = new FixtureProject(root).withRun(PUBLISH_1);
    Path runs = root.resolve("simulations/target/harness-runs");
    java.nio.file.Files.createDirectories(runs);
    java.nio.file.Files.writeString(
        runs.resolve("CapacitySimulation.failed"),
        "failedAt=2030-01-01T10:00:00Z\nexit=1\nlog=simulations/target/harness-capacity.log\n");

    // when
    project.generate();

    // then
    Document index = project.index();
    assertThat(index.select("#capacity .not-run")).isEmpty();
    assertThat(index.select("#capacity .failed-run"))
        .singleElement()
        .extracting(Element::text)
        .asString()
        .contains("failed (exit 1)", "simulations/target/harness-capacity.log");
  }

  @Test
  void aPublishSearchShowsItsCapacityWhyItStoppedItsChartsAndEveryStep() throws Exception {
    // when a search whose sixth step broke on p99 is indexed
    FixtureProject project =
        new FixtureProject(root).withSummaryRun(CAPACITY_PUBLISH, GROUPS_REPORT);
    project.generate();

    // then
    Element run =
        project.index().selectFirst("#capacity details.capacity-run[data-run=" + PUBLISH_RUN + "]");
    assertThat(run.hasAttr("open")).isTrue();
    assertThat(run.selectFirst(".capacity-figure").text())
        .isEqualTo("893.5 publishes/s at p99 ≤ 500 ms");
    assertThat(run.selectFirst(".capacity-stop").text())
        .isEqualTo(
            "Stopped at step 6 (1050/s offered): p99 612 ms > "
                + "500 ms. The capacity is step 5: 900/s offered, p99 87 ms.");
    assertThat(run.selectFirst(".objective").text())
        .isEqualTo(
            "Objective of every step: p99 ≤ 500 ms, errors ≤ 1 %, achieved ≥ 95 % of offered.");
    assertThat(run.select("[data-capacity-chart]"))
        .extracting(chart -> chart.attr("data-capacity-chart"))
        .containsExactly("rate", "latency");
    assertThat(run.select("[data-capacity-chart]"))
        .allSatisfy(c -> assertThat(c.attr("data-run")).isEqualTo(PUBLISH_RUN));
    assertThat(run.select(".capacity-steps thead th"))
        .extracting(Element::text)
        .containsExactly(
            "step",
            "offered /s",
            "achieved /s",
            "requests",
            "errors",
            "p50 ms",
            "p99 ms",
            "objective");
    assertThat(run.select(".capacity-steps tbody tr"))
        .extracting(Element::text)
        .containsExactly(
            "1 300 299.6 2996 0 (0 %) 2 8 held",
            "2 450 449.1 4491 0 (0 %) 2 9 held",
            "3 600 598.7 5987 1 (0.02 %) 3 12 held",
            "4 750 747.2 7472 0 (0 %) 3 21 held",
            "5 900 893.5 8935 2 (0.02 %) 5 87 held",
            "6 1050 1012.3 10123 4 (0.04 %) 41 612 broke: p99 612 ms > 500 ms");
    assertThat(run.select(".capacity-steps tr.capacity-step"))
        .extracting(r -> r.attr("data-step"))
        .containsExactly("5");
    assertThat(run.select(".capacity-steps td.verdict.ko")).hasSize(1);
    assertThat(run.selectFirst(".setup").text()).contains("warm-up 5 s (250 requests)");
  }

  @Test
  void anEndToEndSearchShowsItsConsumedRateAndTheConsumeColumnsOfItsSteps() throws Exception {
    FixtureProject project =
        new FixtureProject(root).withSummaryRun(CAPACITY_END_TO_END, GROUPS_REPORT);
    project.generate();

    Element run =
        project
            .index()
            .selectFirst("#capacity details.capacity-run[data-run=" + END_TO_END_RUN + "]");
    assertThat(run.attr("data-variant")).isEqualTo("end to end");
    assertThat(run.selectFirst(".capacity-figure").text())
        .isEqualTo("597.8 publishes/s at p99 ≤ 500 ms, 590.2 messages/s end to end");
    assertThat(run.selectFirst(".objective").text()).endsWith("lag ≤ 1000 messages.");
    assertThat(run.select(".capacity-steps thead th"))
        .extracting(Element::text)
        .contains("consumed /s", "lag", "e2e p50 ms", "e2e p99 ms");
    assertThat(run.select(".capacity-steps tbody tr").last().text())
        .isEqualTo(
            "4 800 796 10020 2 (0.02 %) 6 64 375 4210 2300 5100 broke: lag 4210 messages > 1000");
  }

  @Test
  void theLatestSearchOfEachVariantIsOpenAndEarlierOnesAreFoldedNewestFirst() throws Exception {
    // when three searches are indexed: publish (held to its maximum), end to end, publish again
    FixtureProject project =
        new FixtureProject(root)
            .withSummaryRun(CAPACITY_HELD_TO_MAX, GROUPS_REPORT)
            .withSummaryRun(CAPACITY_END_TO_END, GROUPS_REPORT)
            .withSummaryRun(CAPACITY_PUBLISH, GROUPS_REPORT);
    project.generate();

    // then
    Document index = project.index();
    assertThat(index.select("#capacity details.capacity-run[open]"))
        .extracting(d -> d.attr("data-run"))
        .containsExactly(PUBLISH_RUN, END_TO_END_RUN);
    Element folded = index.selectFirst("#capacity details.capacity-run:not([open])");
    assertThat(folded.attr("data-run")).isEqualTo(HELD_TO_MAX_RUN);
    assertThat(folded.selectFirst(".capacity-stop").text())
        .isEqualTo(
            "Every step held: reached the maximum rate 500/s. The capacity is step 5: 500/s offered, p99 14 ms.");
    assertThat(index.select("#capacity [data-capacity-chart=history]")).hasSize(1);
    Element cardLink =
        index.selectFirst("#latest article[data-simulation=CapacitySimulation] a.capacity-figure");
    assertThat(cardLink.attr("href")).isEqualTo("#capacity-" + PUBLISH_RUN);
    assertThat(cardLink.text()).isEqualTo("893.5 publishes/s at p99 ≤ 500 ms");
    assertThat(index.getElementById("capacity-" + PUBLISH_RUN)).isNotNull();
  }

  @Test
  void theCapacityOfEachRunStaysInHistoryWhenItsReportAndSummaryAreCleanedAway() throws Exception {
    // given a first search indexed, then simulations/target cleaned
    FixtureProject project =
        new FixtureProject(root).withSummaryRun(CAPACITY_HELD_TO_MAX, GROUPS_REPORT);
    project.generate();
    project.cleanSimulations();

    // when a second search comes and the index is generated again
    project.withSummaryRun(CAPACITY_PUBLISH, GROUPS_REPORT).generate();

    // then both capacities are in history and in the page's data for the capacity-over-runs chart
    assertThat(new HistoryStore(project.paths().history()).load().runs())
        .extracting(run -> run.summary().capacity().publishesPerSecond())
        .containsExactly(498.9, 893.5);
    JsonNode capacity = pageData(project.index()).path("capacity");
    List<String> ids = new ArrayList<>();
    capacity.forEach(run -> ids.add(run.path("id").asText()));
    assertThat(ids).containsExactly(HELD_TO_MAX_RUN, PUBLISH_RUN);
    assertThat(capacity.get(0).path("publishesPerSecond").asDouble()).isEqualTo(498.9);
    assertThat(capacity.get(1).path("steps")).hasSize(6);
    assertThat(capacity.get(1).path("objectiveP99Ms").asDouble()).isEqualTo(500.0);
    assertThat(project.index().select("#capacity details.capacity-run")).hasSize(2);
  }

  private static JsonNode pageData(Document index) throws Exception {
    return Json.MAPPER.readTree(index.getElementById("report-data").data());
  }
}
