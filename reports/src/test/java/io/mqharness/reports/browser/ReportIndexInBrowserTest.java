package io.mqharness.reports.browser;

import static io.mqharness.reports.FixtureProject.CHECK_1;
import static io.mqharness.reports.FixtureProject.PUBLISH_1;
import static io.mqharness.reports.FixtureProject.PUBLISH_2;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.reports.FixtureProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index opened from file:// in headless Chromium, after two runs of PublishSimulation (one of
 * CheckSimulation) and a conformance build, asserted on the DOM after the page's scripts ran.
 */
class ReportIndexInBrowserTest {

  private static final Map<String, List<String>> DRAWN = Map.of("PublishSimulation", List.of("throughput", "response-time"));

  @TempDir Path root;
  @TempDir Path browserWork;

  private FixtureProject project;
  private Chromium chromium;

  @BeforeEach
  void generateFromFixtures() throws Exception {
    chromium = Chromium.findOrSkip(browserWork);
    project = new FixtureProject(root).withRun(PUBLISH_1).withRun(CHECK_1).withConformance();
    project.generate();
    project.withRun(PUBLISH_2).generate();
  }

  @Test
  void chartsAreDrawnByChartJsAndEveryLinkLeadsToAFile() throws Exception {
    // when
    String dom = chromium.dumpDom(index());

    // then
    assertThat(RenderedIndexChecks.problems(dom, index(), DRAWN, expectedLinks())).isEmpty();
    chromium.screenshot(index(), Path.of("target", "browser", "index.png"));
  }

  @Test
  void aSimulationWithOneRunGetsItsPointButIsNotCountedAsHistory() throws Exception {
    Document page = Jsoup.parse(chromium.dumpDom(index()));

    assertThat(page.select("[data-simulation=CheckSimulation][data-chart]"))
        .hasSize(2)
        .allSatisfy(chart -> {
          assertThat(chart.attr("data-chart-rendered")).isEqualTo("false");
          assertThat(chart.attr("data-chart-points")).isEqualTo("1");
          assertThat(chart.select(".chart-status").text()).contains("One run so far");
        });
  }

  @Test
  void theChecksCatchAPageWhoseChartsWereNotDrawnOrWhoseLinksLeadNowhere() throws Exception {
    // given Chart.js gone from beside the index and the Allure report cleaned away after generation
    Files.delete(root.resolve("reports/assets/chart.umd.min.js"));
    Files.delete(project.paths().allureIndex());

    // when
    List<String> problems =
        RenderedIndexChecks.problems(chromium.dumpDom(index()), index(), DRAWN, expectedLinks());

    // then
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("chart throughput of PublishSimulation was not drawn",
        "Chart.js did not load"));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("chart response-time of PublishSimulation"));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("allure-maven-plugin/index.html leads to no file"));
  }

  private Path index() {
    return project.paths().index();
  }

  private Set<Path> expectedLinks() {
    Path gatling = project.paths().gatling();
    return Set.of(
        gatling.resolve(PUBLISH_1).resolve("index.html"),
        gatling.resolve(PUBLISH_2).resolve("index.html"),
        gatling.resolve(CHECK_1).resolve("index.html"),
        project.paths().allureIndex(),
        project.paths().matrixHtml());
  }
}
