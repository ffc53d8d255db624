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
 * CheckSimulation) and a conformance build, asserted on the DOM after the page's scripts ran. The
 * conformance build's Allure report is a real single-file one, rendered by this module's build from
 * {@code fixtures/allure/results}.
 */
class ReportIndexInBrowserTest {

  private static final Map<String, List<String>> DRAWN =
      Map.of("PublishSimulation", List.of("throughput", "response-time"));

  /** What fixtures/allure/results holds: 3 passed, 1 failed, 1 skipped, in two suites. */
  private static final int ALLURE_TESTS = 5;

  private static final List<String> ALLURE_SUITES =
      List.of(
          "io.mqharness.conformance.scenarios.roundtrip.PublishAnswerCarriesBodyMd5Test",
          "io.mqharness.conformance.scenarios.wire.VersionHeaderIsSentOnEveryRequestTest");

  @TempDir Path root;
  @TempDir Path browserWork;

  private FixtureProject project;
  private Chromium chromium;

  @BeforeEach
  void generateFromFixtures() throws Exception {
    chromium = Chromium.findOrSkip(browserWork);
    project =
        new FixtureProject(root)
            .withRun(PUBLISH_1)
            .withRun(CHECK_1)
            .withConformance()
            .withAllureReport(allureFixtureReport());
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
  void theAllureLinkOpensTheReportWithItsTestCountAndSuites() throws Exception {
    // when the index's link is followed, from file:// as well
    Path allure =
        RenderedIndexChecks.linkedFile(chromium.dumpDom(index()), index(), "a.allure-report");
    String dom = chromium.dumpDom(allure);

    // then
    assertThat(allure).isEqualTo(project.paths().allureIndex().toAbsolutePath().normalize());
    assertThat(RenderedAllureChecks.problems(dom, ALLURE_TESTS, ALLURE_SUITES)).isEmpty();
    chromium.screenshot(allure, Path.of("target", "browser", "allure.png"));
  }

  @Test
  void aSimulationWithOneRunGetsItsPointButIsNotCountedAsHistory() throws Exception {
    Document page = Jsoup.parse(chromium.dumpDom(index()));

    assertThat(page.select("[data-simulation=CheckSimulation][data-chart]"))
        .hasSize(2)
        .allSatisfy(
            chart -> {
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
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "chart throughput of PublishSimulation was not drawn",
                        "Chart.js did not load"));
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("chart response-time of PublishSimulation"));
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("allure-maven-plugin/index.html leads to no file"));
  }

  /**
   * The single-file report the build rendered (reports.allure.fixtureReport, set by the pom for
   * surefire).
   */
  private static Path allureFixtureReport() {
    Path report =
        Path.of(
            System.getProperty(
                "reports.allure.fixtureReport", "target/allure-fixture-report/index.html"));
    assertThat(report)
        .as("the Allure fixture report, rendered by ./mvnw -pl reports generate-test-resources")
        .isRegularFile();
    return report;
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
