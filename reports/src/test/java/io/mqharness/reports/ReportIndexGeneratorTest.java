package io.mqharness.reports;

import static io.mqharness.reports.FixtureProject.CHECK_1;
import static io.mqharness.reports.FixtureProject.PUBLISH_1;
import static io.mqharness.reports.FixtureProject.PUBLISH_2;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.reports.history.HistoryStore;
import io.mqharness.reports.history.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole generations over a project tree laid out as the real one. */
class ReportIndexGeneratorTest {

  @TempDir Path root;

  @Test
  void twoGenerationsAfterTwoRunsGiveTwoPointsPerSimulation() throws Exception {
    // given a first run of each simulation, indexed
    FixtureProject project = new FixtureProject(root).withRun(PUBLISH_1).withRun(CHECK_1);
    project.generate();

    // when a second publish run comes and the index is generated again
    project.withRun(PUBLISH_2).generate();

    // then
    assertThat(
            new HistoryStore(project.paths().history())
                .load()
                .bySimulation()
                .get("PublishSimulation"))
        .extracting(RunRecord::id)
        .containsExactly(PUBLISH_1, PUBLISH_2);
    Document index = project.index();
    assertThat(index.select("#runs tbody tr")).hasSize(3);
    assertThat(index.select("#history [data-chart][data-simulation=PublishSimulation]")).hasSize(2);
  }

  @Test
  void generatingAgainWithoutNewRunsAddsNothing() throws Exception {
    // given
    FixtureProject project = new FixtureProject(root).withRun(PUBLISH_1).withRun(PUBLISH_2);
    project.generate();
    String history = Files.readString(new HistoryStore(project.paths().history()).file());

    // when
    ReportIndexGenerator.Generated again = project.generate();

    // then
    assertThat(again.runs()).isEqualTo(2);
    assertThat(Files.readString(new HistoryStore(project.paths().history()).file()))
        .isEqualTo(history);
  }

  @Test
  void aRunWhoseReportWasCleanedAwayKeepsItsFiguresButLosesItsLink() throws Exception {
    // given
    FixtureProject project = new FixtureProject(root).withRun(PUBLISH_1);
    project.generate();

    // when simulations/target is cleaned and a new run comes
    project.cleanSimulations().withRun(PUBLISH_2).generate();

    // then
    Document index = project.index();
    Element old = index.selectFirst("#runs tr[data-run=" + PUBLISH_1 + "]");
    Element fresh = index.selectFirst("#runs tr[data-run=" + PUBLISH_2 + "]");
    assertThat(old.select("a")).isEmpty();
    assertThat(old.text()).contains("report removed", "240", "113");
    assertThat(fresh.selectFirst("a.gatling-report").attr("href"))
        .isEqualTo("../simulations/target/gatling/" + PUBLISH_2 + "/index.html");
  }

  @Test
  void summariesAreShownWithTheRunTheyBelongTo() throws Exception {
    // when
    FixtureProject project = new FixtureProject(root).withRun(PUBLISH_1).withRun(PUBLISH_2);
    project.generate();

    // then the second run's summary failed with a problem containing markup, shown as text
    Document index = project.index();
    Element latest = index.selectFirst("#latest article[data-simulation=PublishSimulation]");
    assertThat(latest.text())
        .contains("FAILED", "2 messages were delivered twice <dup>", "e2e.p99Ms 95");
    assertThat(index.selectFirst("#runs tr[data-run=" + PUBLISH_1 + "]").text())
        .contains("passed", "180.5");
  }

  @Test
  void withNoInputAtAllEveryPartSaysNotRunYetAndNothingIsLinked() throws Exception {
    // when
    FixtureProject project = new FixtureProject(root);
    project.generate();

    // then
    Document index = project.index();
    for (String simulation : FixtureProject.EXPECTED) {
      assertThat(index.selectFirst("#latest article[data-simulation=" + simulation + "]").text())
          .contains("not run yet");
    }
    assertThat(index.select("#history .not-run")).hasSize(FixtureProject.EXPECTED.size());
    assertThat(index.select("#conformance .not-run"))
        .extracting(Element::text)
        .containsExactly("Allure report: not run yet", "Client x scenario matrix: not run yet");
    assertThat(index.select("#runs").text()).contains("not run yet");
    assertThat(index.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
    assertThat(index.select("[data-chart]")).isEmpty();
  }

  @Test
  void theConformanceMatrixIsSummarisedAndLinked() throws Exception {
    FixtureProject project = new FixtureProject(root).withConformance();
    project.generate();

    Document index = project.index();
    assertThat(index.selectFirst("a.allure-report").attr("href"))
        .isEqualTo("../conformance/target/site/allure-maven-plugin/index.html");
    assertThat(index.selectFirst("a.conformance-matrix").attr("href"))
        .isEqualTo("../conformance/target/conformance/matrix.html");
    assertThat(index.select(".matrix-summary tbody tr"))
        .extracting(Element::text)
        .containsExactly(
            "reference 55 0 0 1", "java-sdk 54 0 1 1", "node-sdk 54 1 0 1", "python-sdk 54 0 1 1");
    assertThat(index.select(".failures tbody tr"))
        .extracting(Element::text)
        .singleElement()
        .asString()
        .startsWith("UnicodeAndXmlSpecialCharactersSurviveTheRoundTripTest");
    assertThat(index.select(".expected-failures tbody tr")).hasSize(2);
  }

  @Test
  void anUnreadableInputIsListedAndTheRestOfThePageIsWritten() throws Exception {
    // given
    FixtureProject project =
        new FixtureProject(root)
            .withRun(CHECK_1)
            .withFile(
                root.resolve(
                    "simulations/target/harness-runs/PublishSimulation-20261125090000000.json"),
                "{oops")
            .withFile(root.resolve("conformance/target/conformance/matrix.json"), "{}");

    // when
    ReportIndexGenerator.Generated generated = project.generate();

    // then
    assertThat(generated.notes()).hasSize(2);
    Document index = project.index();
    assertThat(index.select("#notes li")).hasSize(2);
    assertThat(index.select("#runs tbody tr")).hasSize(1);
  }

  @Test
  void chartJsIsCopiedBesideTheIndex() throws Exception {
    FixtureProject project = new FixtureProject(root);
    project.generate();

    Path chartJs = root.resolve("reports/assets/chart.umd.min.js");
    assertThat(chartJs).exists();
    assertThat(Files.readString(chartJs)).contains("Chart.js v4.5.1");
  }
}
