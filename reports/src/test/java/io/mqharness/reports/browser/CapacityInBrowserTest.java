package io.mqharness.reports.browser;

import static io.mqharness.reports.FixtureProject.CAPACITY_END_TO_END;
import static io.mqharness.reports.FixtureProject.CAPACITY_HELD_TO_MAX;
import static io.mqharness.reports.FixtureProject.CAPACITY_PUBLISH;
import static io.mqharness.reports.FixtureProject.GROUPS_REPORT;
import static io.mqharness.reports.FixtureProject.MERGED_INJECTORS;
import static io.mqharness.reports.FixtureProject.runIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.reports.FixtureProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Capacity section opened from file:// in headless Chromium after three capacity searches
 * (publish held to its maximum rate, end to end broken on lag, publish broken on p99 at its sixth
 * step) and a run merged from two injectors after a warm-up, asserted on the DOM after the page's
 * scripts ran.
 */
class CapacityInBrowserTest {

  private static final String PUBLISH_RUN = runIdOf(CAPACITY_PUBLISH);
  private static final String END_TO_END_RUN = runIdOf(CAPACITY_END_TO_END);
  private static final String HELD_TO_MAX_RUN = runIdOf(CAPACITY_HELD_TO_MAX);

  /** The runs shown open (the latest of each variant) and the figure each must show. */
  private static final Map<String, String> OPEN_RUNS =
      Map.of(
          PUBLISH_RUN, "893.5 publishes/s at p99 ≤ 500 ms",
          END_TO_END_RUN, "597.8 publishes/s at p99 ≤ 500 ms, 590.2 messages/s end to end");

  @TempDir Path root;
  @TempDir Path browserWork;

  private FixtureProject project;
  private Chromium chromium;

  @BeforeEach
  void generateFromFixtures() throws Exception {
    chromium = Chromium.findOrSkip(browserWork);
    project =
        new FixtureProject(root)
            .withSummaryRun(CAPACITY_HELD_TO_MAX, GROUPS_REPORT)
            .withSummaryRun(CAPACITY_END_TO_END, GROUPS_REPORT)
            .withSummaryRun(CAPACITY_PUBLISH, GROUPS_REPORT)
            .withSummaryRun(MERGED_INJECTORS, GROUPS_REPORT);
    project.generate();
  }

  @Test
  void theCapacityChartsAreDrawnByChartJsAndTheCapacityFiguresShown() throws Exception {
    // when
    String dom = chromium.dumpDom(index());

    // then
    assertThat(RenderedCapacityChecks.problems(dom, OPEN_RUNS)).isEmpty();
    Document page = Jsoup.parse(dom);
    assertThat(
            page.selectFirst("[data-capacity-chart=rate][data-run=" + PUBLISH_RUN + "]")
                .attr("data-chart-points"))
        .isEqualTo("6");
    assertThat(page.selectFirst("[data-capacity-chart=history]").attr("data-chart-points"))
        .isEqualTo("3");
    assertThat(
            page.selectFirst("#latest article[data-simulation=EndToEndSimulation] .provenance")
                .text())
        .isEqualTo("warm-up 5 s (240 requests) · merged from 2 injectors");
    chromium.screenshot(index(), Path.of("target", "browser", "capacity.png"));
  }

  @Test
  void theChartsOfAFoldedRunAreDrawnWhenItIsOpened() throws Exception {
    // given the page as it loads: the earlier publish search is folded, its charts not drawn yet
    List<Element> folded =
        Jsoup.parse(chromium.dumpDom(index()))
            .select("[data-capacity-chart][data-run=" + HELD_TO_MAX_RUN + "]");
    assertThat(folded)
        .hasSize(2)
        .allSatisfy(
            chart -> {
              assertThat(chart.attr("data-chart-rendered")).isEmpty();
              assertThat(chart.select(".chart-status").text())
                  .isEqualTo("Drawn when this run is opened.");
            });

    // when a copy of the page beside it opens every folded run once loaded, as a click on its
    // summary does
    Path opening = index().resolveSibling("opening.html");
    Files.writeString(
        opening,
        Files.readString(index())
            .replace(
                "</body>",
                "<script>document.querySelectorAll('details.capacity-run:not([open])')"
                    + ".forEach(function (run) { run.open = true; });</script></body>"));
    Document page = Jsoup.parse(chromium.dumpDom(opening));

    // then
    assertThat(
            RenderedCapacityChecks.problems(
                page.outerHtml(), Map.of(HELD_TO_MAX_RUN, "498.9 publishes/s at p99 ≤ 500 ms")))
        .isEmpty();
  }

  @Test
  void theChecksCatchCapacityChartsNotDrawnAndAFigureNotShown() throws Exception {
    // given Chart.js gone from beside the index after generation
    Files.delete(root.resolve("reports/assets/chart.umd.min.js"));

    // when checked, expecting a figure the page does not show as well
    List<String> problems =
        RenderedCapacityChecks.problems(
            chromium.dumpDom(index()), Map.of(PUBLISH_RUN, "999 publishes/s at p99 ≤ 500 ms"));

    // then
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "capacity chart rate of " + PUBLISH_RUN + " was not drawn",
                        "Chart.js did not load"));
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("capacity chart latency of " + PUBLISH_RUN));
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("capacity chart capacity over runs was not drawn"));
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "shows \"893.5 publishes/s at p99 ≤ 500 ms\", expected \"999 publishes/s at p99 ≤ 500 ms\""));
  }

  private Path index() {
    return project.paths().index();
  }
}
