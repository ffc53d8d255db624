package io.mqharness.reports.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.reports.FixtureProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSummariesTest {

  @TempDir Path temp;

  @Test
  void aSummaryInTheAgreedFormatIsRead() throws Exception {
    // when
    SimulationRunSummary summary =
        RunSummaries.readOne(
            FixtureProject.fixture("harness-runs")
                .resolve("PublishSimulation-20261125074212500.json"));

    // then
    assertThat(summary.simulation()).isEqualTo("PublishSimulation");
    assertThat(summary.startedAt()).isEqualTo(Instant.parse("2026-11-25T07:42:12.500Z"));
    assertThat(summary.duration()).isEqualTo(Duration.ofMillis(7510));
    assertThat(summary.target()).isEqualTo("embedded");
    assertThat(summary.parameters()).containsEntry("users", "30");
    assertThat(summary.metrics()).containsEntry("e2e.p99Ms", 95.0).containsEntry("duplicated", 2.0);
    assertThat(summary.problems()).containsExactly("2 messages were delivered twice <dup>");
    assertThat(summary.passed()).isFalse();
  }

  @Test
  void anUnreadableSummaryIsLeftOutWithANoteAndTheOthersAreRead() throws Exception {
    // given
    Files.copy(
        FixtureProject.fixture("harness-runs").resolve("CheckSimulation-20261125074155300.json"),
        temp.resolve("CheckSimulation-20261125074155300.json"));
    Files.writeString(
        temp.resolve("EndToEndSimulation-20261125080000000.json"), "{\"simulation\": \"EndTo");
    Files.writeString(
        temp.resolve("ConsumeSimulation-20261125080000000.json"), "{\"passed\": true}");
    List<String> notes = new ArrayList<>();

    // when
    List<SimulationRunSummary> summaries = RunSummaries.read(temp, notes);

    // then
    assertThat(summaries)
        .extracting(SimulationRunSummary::simulation)
        .containsExactly("CheckSimulation");
    assertThat(notes)
        .hasSize(2)
        .allSatisfy(note -> assertThat(note).contains("not a harness run summary"));
  }

  @Test
  void noFolderMeansNoSummaries() throws Exception {
    assertThat(RunSummaries.read(temp.resolve("absent"), new ArrayList<>())).isEmpty();
  }
}
