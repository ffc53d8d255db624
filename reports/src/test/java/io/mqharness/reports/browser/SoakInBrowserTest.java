package io.mqharness.reports.browser;

import static io.mqharness.reports.FixtureProject.GROUPS_REPORT;
import static io.mqharness.reports.FixtureProject.SOAK_HELD;
import static io.mqharness.reports.FixtureProject.SOAK_LEAKING;
import static io.mqharness.reports.FixtureProject.runIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.reports.FixtureProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Soak section opened from file:// in headless Chromium after two soaks (one held, one whose
 * heap grows), asserted on the DOM after the page's scripts ran: the open run's three charts drawn
 * by Chart.js with every sample, the folded run's drawn once opened, and the checks catching a page
 * without Chart.js.
 */
class SoakInBrowserTest {

  private static final String HELD_RUN = runIdOf(SOAK_HELD);
  private static final String LEAKING_RUN = runIdOf(SOAK_LEAKING);
  private static final List<String> CHARTS = List.of("heap", "threads", "throughput");

  @TempDir Path root;
  @TempDir Path browserWork;

  private FixtureProject project;
  private Chromium chromium;

  @BeforeEach
  void generateFromFixtures() throws Exception {
    chromium = Chromium.findOrSkip(browserWork);
    project =
        new FixtureProject(root)
            .withSummaryRun(SOAK_HELD, GROUPS_REPORT)
            .withSummaryRun(SOAK_LEAKING, GROUPS_REPORT);
    project.generate();
  }

  @Test
  void theOpenSoakHasItsThreeChartsDrawnWithEverySample() throws Exception {
    // when
    Document page = Jsoup.parse(chromium.dumpDom(index()));

    // then
    assertThat(problems(page, LEAKING_RUN)).isEmpty();
    assertThat(page.select("[data-soak-chart][data-run=" + LEAKING_RUN + "]"))
        .allSatisfy(chart -> assertThat(chart.attr("data-chart-points")).isEqualTo("25"));
    assertThat(page.select("[data-soak-chart][data-run=" + HELD_RUN + "] .chart-status"))
        .extracting(Element::text)
        .containsOnly("Drawn when this run is opened.");
    chromium.screenshot(index(), Path.of("target", "browser", "soak.png"));
  }

  @Test
  void theChartsOfAFoldedSoakAreDrawnWhenItIsOpened() throws Exception {
    // given a copy of the page that opens every folded soak once loaded, as a click on its summary
    // does
    Path opening = index().resolveSibling("opening.html");
    Files.writeString(
        opening,
        Files.readString(index())
            .replace(
                "</body>",
                "<script>document.querySelectorAll('details.soak-run:not([open])')"
                    + ".forEach(function (run) { run.open = true; });</script></body>"));

    // when
    Document page = Jsoup.parse(chromium.dumpDom(opening));

    // then
    assertThat(problems(page, HELD_RUN)).isEmpty();
  }

  @Test
  void theChecksCatchSoakChartsNotDrawn() throws Exception {
    // given Chart.js gone from beside the index after generation
    Files.delete(root.resolve("reports/assets/chart.umd.min.js"));

    // when
    List<String> problems = problems(Jsoup.parse(chromium.dumpDom(index())), LEAKING_RUN);

    // then
    assertThat(problems)
        .hasSize(3)
        .allSatisfy(p -> assertThat(p).contains("was not drawn", "Chart.js did not load"));
  }

  /** Each of the run's soak charts present, with a canvas, and marked drawn by the page script. */
  private static List<String> problems(Document page, String run) {
    return CHARTS.stream()
        .map(
            kind -> {
              Element chart =
                  page.selectFirst(
                      "#soak [data-soak-chart=" + kind + "][data-run=\"" + run + "\"]");
              if (chart == null) {
                return "soak chart " + kind + " of " + run + " is missing";
              }
              if (!"true".equals(chart.attr("data-chart-rendered"))) {
                return "soak chart "
                    + kind
                    + " of "
                    + run
                    + " was not drawn: "
                    + chart.select(".chart-status").text();
              }
              return chart.selectFirst("canvas") == null
                  ? "soak chart " + kind + " of " + run + " has no canvas"
                  : null;
            })
        .filter(p -> p != null)
        .toList();
  }

  private Path index() {
    return project.paths().index();
  }
}
