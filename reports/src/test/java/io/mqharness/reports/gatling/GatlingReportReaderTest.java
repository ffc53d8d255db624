package io.mqharness.reports.gatling;

import static io.mqharness.reports.FixtureProject.PUBLISH_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.mqharness.reports.FixtureProject;
import io.mqharness.reports.InputFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against real Gatling 3.15.1 reports (fixtures/gatling): 80 users x 3 requests, one request always
 * a 404.
 */
class GatlingReportReaderTest {

  @TempDir Path temp;

  @Test
  void theAllRequestsRowOfARealReportIsRead() throws Exception {
    // when
    GatlingReport report =
        GatlingReportReader.read(FixtureProject.fixture("gatling").resolve(PUBLISH_1));

    // then
    assertThat(report.simulation()).isEqualTo("PublishSimulation");
    assertThat(report.id().name()).isEqualTo(PUBLISH_1);
    GatlingStats stats = report.stats();
    assertThat(stats.requests()).isEqualTo(240);
    assertThat(stats.ok()).isEqualTo(160);
    assertThat(stats.ko()).isEqualTo(80);
    assertThat(stats.requestsPerSecond()).isEqualTo(60.0);
    assertThat(stats.percentilesMs())
        .containsExactly(
            entry("p50", 2.0), entry("p75", 3.0), entry("p95", 6.0), entry("p99", 113.0));
    assertThat(stats.maxMs()).isEqualTo(160.0);
    assertThat(stats.meanMs()).isEqualTo(4.0);
    assertThat(report.assertions()).isEqualTo(new GatlingAssertions(1, List.of()));
  }

  @Test
  void theTopLevelGroupsOfASimulationsReportAreReadBesideTheAllRequestsRow() throws Exception {
    // given: an EndToEndSimulation report, whose long polls sit outside the groups "produce" and
    // "settle"
    Path run =
        FixtureProject.fixture("gatling-groups").resolve("endtoendsimulation-20261125083040759");

    // when
    GatlingStats stats = GatlingReportReader.read(run).stats();

    // then: the long polls dominate "All Requests", the groups show the service's own latency
    assertThat(stats.percentileMs("p99")).isEqualTo(998.0);
    assertThat(stats.groupPercentilesMs()).containsOnlyKeys("produce", "settle");
    assertThat(stats.groupPercentilesMs().get("produce"))
        .containsEntry("p50", 3.0)
        .containsEntry("p99", 122.0);
    assertThat(stats.groupPercentilesMs().get("settle")).containsEntry("p99", 16.0);
  }

  @Test
  void theSimulationNameComesFromTheReportNotFromTheLowerCaseDirectoryId() throws Exception {
    GatlingReport report =
        GatlingReportReader.read(FixtureProject.fixture("gatling").resolve(FixtureProject.CHECK_1));

    assertThat(report.simulation()).isEqualTo("CheckSimulation");
    assertThat(report.id().simulationId()).isEqualTo("checksimulation");
  }

  @Test
  void aFailedAssertionIsListedWithItsText() throws Exception {
    // given
    Path run = copyOfPublishRun();
    Path index = run.resolve("index.html");
    Files.writeString(index, Files.readString(index).replace(">OK</td>", ">KO</td>"));

    // when
    GatlingAssertions assertions = GatlingReportReader.read(run).assertions();

    // then
    assertThat(assertions.failed())
        .containsExactly("Global: percentage of failed events is less than 50.0");
  }

  @Test
  void aPageWithoutTheStatisticsTableIsRejectedWithTheReason() throws Exception {
    // given
    Path run = temp.resolve(PUBLISH_1);
    Files.createDirectories(run);
    Files.writeString(
        run.resolve("index.html"), "<html><body>Gatling 2 or something else</body></html>");

    // then
    assertThatThrownBy(() -> GatlingReportReader.read(run))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("no \"All Requests\" row");
  }

  @Test
  void aRunDirectoryWithoutReportIsLeftOutWithANote() throws Exception {
    // given
    Files.createDirectories(temp.resolve("consumesimulation-20261125080000000"));
    List<String> notes = new ArrayList<>();

    // when
    List<GatlingReport> reports = GatlingReports.scan(temp, notes);

    // then
    assertThat(reports).isEmpty();
    assertThat(notes).singleElement().asString().contains("no index.html");
  }

  private Path copyOfPublishRun() throws Exception {
    Path run = temp.resolve(PUBLISH_1);
    Files.createDirectories(run);
    Files.copy(
        FixtureProject.fixture("gatling").resolve(PUBLISH_1).resolve("index.html"),
        run.resolve("index.html"));
    return run;
  }
}
