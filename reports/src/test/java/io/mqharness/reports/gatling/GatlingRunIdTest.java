package io.mqharness.reports.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class GatlingRunIdTest {

  @Test
  void aRunDirectoryNameGivesTheSimulationIdAndTheUtcStart() {
    // when
    GatlingRunId id = GatlingRunId.parse("endtoendsimulation-20261125074108837").orElseThrow();

    // then
    assertThat(id.simulationId()).isEqualTo("endtoendsimulation");
    assertThat(id.startedAt()).isEqualTo(Instant.parse("2026-11-25T07:41:08.837Z"));
  }

  @Test
  void aSimulationIdMayContainDashes() {
    assertThat(GatlingRunId.parse("my-sim-20261125074108837").orElseThrow().simulationId())
        .isEqualTo("my-sim");
  }

  @Test
  void otherFolderNamesAreNotRuns() {
    assertThat(GatlingRunId.parse("lastRun.txt")).isEmpty();
    assertThat(GatlingRunId.parse("publishsimulation-2026112507410883")).isEmpty();
    assertThat(GatlingRunId.parse("publishsimulation-20261399074108837")).isEmpty();
  }
}
