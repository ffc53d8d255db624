package io.mqharness.reports.summary;

import static io.mqharness.reports.FixtureProject.CAPACITY_END_TO_END;
import static io.mqharness.reports.FixtureProject.CAPACITY_HELD_TO_MAX;
import static io.mqharness.reports.FixtureProject.CAPACITY_PUBLISH;
import static io.mqharness.reports.FixtureProject.MERGED_INJECTORS;
import static io.mqharness.reports.FixtureProject.PARTIAL_INJECTOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.reports.FixtureProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional parts of a run summary (warm-up, capacity search, injectors), read from
 * fixtures/summaries.
 */
class RunSummaryOptionalPartsTest {

  @TempDir Path temp;

  @Test
  void aPublishCapacitySearchIsReadWithItsCapacityObjectiveAndEveryStep() throws Exception {
    // when
    SimulationRunSummary summary = read(CAPACITY_PUBLISH);

    // then
    Capacity capacity = summary.capacity();
    assertThat(capacity.variant()).isEqualTo("publish");
    assertThat(capacity.endToEndVariant()).isFalse();
    assertThat(capacity.publishesPerSecond()).isEqualTo(893.5);
    assertThat(capacity.endToEndPerSecond()).isNull();
    assertThat(capacity.offeredPerSecond()).isEqualTo(900.0);
    assertThat(capacity.p99Ms()).isEqualTo(87.0);
    assertThat(capacity.objective()).isEqualTo(new CapacityObjective(500.0, 1.0, 0.95, null));
    assertThat(capacity.stoppedAtStep()).isEqualTo(6);
    assertThat(capacity.stopReason()).isEqualTo("p99 612 ms > 500 ms");
    assertThat(summary.steps()).extracting(CapacityStep::index).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(summary.steps())
        .extracting(CapacityStep::heldObjective)
        .containsExactly(true, true, true, true, true, false);
    assertThat(summary.steps().get(5))
        .isEqualTo(
            new CapacityStep(
                6,
                1050.0,
                1012.3,
                10123L,
                4L,
                0.04,
                41.0,
                612.0,
                null,
                null,
                null,
                null,
                false,
                "p99 612 ms > 500 ms"));
    assertThat(summary.warmUp()).isEqualTo(new WarmUpSummary(5.0, 250L));
    assertThat(summary.injectors()).isNull();
  }

  @Test
  void anEndToEndSearchCarriesTheConsumedRateLagAndEndToEndLatencyOfEachStep() throws Exception {
    SimulationRunSummary summary = read(CAPACITY_END_TO_END);

    assertThat(summary.capacity().endToEndVariant()).isTrue();
    assertThat(summary.capacity().endToEndPerSecond()).isEqualTo(590.2);
    assertThat(summary.capacity().objective().maxLagMessages()).isEqualTo(1000L);
    CapacityStep broke = summary.steps().get(3);
    assertThat(broke.consumedPerSecond()).isEqualTo(375.0);
    assertThat(broke.lag()).isEqualTo(4210L);
    assertThat(broke.e2eP50Ms()).isEqualTo(2300.0);
    assertThat(broke.e2eP99Ms()).isEqualTo(5100.0);
    assertThat(broke.reason()).isEqualTo("lag 4210 messages > 1000");
  }

  @Test
  void aSearchWhoseEveryStepHeldHasNoStoppingStep() throws Exception {
    SimulationRunSummary summary = read(CAPACITY_HELD_TO_MAX);

    assertThat(summary.capacity().stoppedAtStep()).isNull();
    assertThat(summary.capacity().stopReason()).isEqualTo("reached the maximum rate 500/s");
    assertThat(summary.steps())
        .hasSize(5)
        .allSatisfy(step -> assertThat(step.heldObjective()).isTrue());
    assertThat(summary.warmUp()).isNull();
  }

  @Test
  void aMergedSummaryNamesItsInjectorsAndTheirPartsAndIsNotPartial() throws Exception {
    Injectors injectors = read(MERGED_INJECTORS).injectors();

    assertThat(injectors.count()).isEqualTo(2);
    assertThat(injectors.mergedFromParts()).isTrue();
    assertThat(injectors.partial()).isFalse();
    assertThat(injectors.parts()).containsExactly("results/injector-0", "results/injector-1");
  }

  @Test
  void oneInjectorsOwnSummaryIsPartialWithItsIndex() throws Exception {
    Injectors injectors = read(PARTIAL_INJECTOR).injectors();

    assertThat(injectors.partial()).isTrue();
    assertThat(injectors.mergedFromParts()).isFalse();
    assertThat(injectors.index()).isEqualTo(1);
    assertThat(injectors.count()).isEqualTo(2);
    assertThat(injectors.parts()).isEmpty();
  }

  @Test
  void theSummaryOfASingleInjectorIsWhole() {
    assertThat(new Injectors(1, 0, null, null).partial()).isFalse();
  }

  @Test
  void aSummaryWithoutTheOptionalPartsHasNoneAndNullPartsAreTheSameAsAbsentOnes() throws Exception {
    // given a summary as the simulations wrote it before the optional parts, and one with them all
    // null
    SimulationRunSummary plain =
        RunSummaries.readOne(
            FixtureProject.fixture("harness-runs")
                .resolve("CheckSimulation-20261125074155300.json"));
    Path nulls = temp.resolve("EndToEndSimulation-20261125090000000.json");
    Files.writeString(
        nulls,
        "{\"simulation\":\"EndToEndSimulation\",\"startedAt\":\"2026-11-25T09:00:00Z\","
            + "\"warmUp\":null,\"capacity\":null,\"steps\":null,\"injectors\":null,\"newerField\":{\"x\":1}}");

    // then
    for (SimulationRunSummary summary :
        new SimulationRunSummary[] {plain, RunSummaries.readOne(nulls)}) {
      assertThat(summary.warmUp()).isNull();
      assertThat(summary.capacity()).isNull();
      assertThat(summary.steps()).isEmpty();
      assertThat(summary.injectors()).isNull();
    }
  }

  private static SimulationRunSummary read(String summaryFile) throws Exception {
    return RunSummaries.readOne(FixtureProject.fixture("summaries").resolve(summaryFile));
  }
}
