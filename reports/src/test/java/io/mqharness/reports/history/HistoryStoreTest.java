package io.mqharness.reports.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.reports.FixtureProject;
import io.mqharness.reports.InputFormatException;
import io.mqharness.reports.summary.RunSummaries;
import io.mqharness.reports.summary.SimulationRunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {

  @TempDir Path temp;

  @Test
  void noFileYetIsAnEmptyHistory() throws Exception {
    assertThat(new HistoryStore(temp.resolve("history")).load().runs()).isEmpty();
  }

  @Test
  void aSavedHistoryLoadsBackEqual() throws Exception {
    // given
    HistoryStore store = new HistoryStore(temp.resolve("history"));
    RunHistory history =
        RunHistory.empty()
            .merge(
                List.of(
                    RunHistoryTest.run("publishsimulation-20261125100000000", 10.5),
                    RunHistoryTest.run("checksimulation-20261125110000000", 3)));

    // when
    store.save(history);

    // then
    assertThat(store.load()).isEqualTo(history);
    assertThat(Files.readString(store.file())).contains("\"startedAt\" : \"2026-11-25T10:00:00Z\"");
  }

  @Test
  void aCapacitySearchKeepsItsCapacityAndEveryStepThroughSaveAndLoad() throws Exception {
    // given a capacity run whose summary carries capacity, steps and a warm-up
    HistoryStore store = new HistoryStore(temp.resolve("history"));
    SimulationRunSummary summary =
        RunSummaries.readOne(
            FixtureProject.fixture("summaries").resolve(FixtureProject.CAPACITY_PUBLISH));
    RunHistory history =
        RunHistory.empty()
            .merge(
                List.of(
                    RunHistoryTest.run("publishsimulation-20261125070003000", 900)
                        .withSummary(summary)));

    // when
    store.save(history);

    // then
    SimulationRunSummary kept = store.load().runs().get(0).summary();
    assertThat(kept).isEqualTo(summary);
    assertThat(kept.capacity().publishesPerSecond()).isEqualTo(893.5);
    assertThat(kept.steps()).hasSize(6);
    assertThat(Files.readString(store.file()))
        .contains("\"version\" : " + RunHistory.CURRENT_VERSION);
  }

  @Test
  void aRunWithoutTheOptionalPartsIsSavedWithoutThem() throws Exception {
    HistoryStore store = new HistoryStore(temp.resolve("history"));
    SimulationRunSummary plain =
        new SimulationRunSummary(
            "PublishSimulation",
            Instant.parse("2026-11-25T09:59:58Z"),
            null,
            "embedded",
            null,
            Map.of("e2e.p99Ms", 40.0),
            null,
            true);

    store.save(
        RunHistory.empty()
            .merge(
                List.of(
                    RunHistoryTest.run("publishsimulation-20261125100000000", 10)
                        .withSummary(plain))));

    assertThat(Files.readString(store.file()))
        .contains("e2e.p99Ms")
        .doesNotContain("warmUp", "capacity", "steps", "injectors");
  }

  @Test
  void aVersionOneHistoryIsReadAndWrittenBackAsTheCurrentVersion() throws Exception {
    // given a history as the program wrote it before summaries had optional parts
    HistoryStore store = new HistoryStore(temp);
    Files.writeString(
        store.file(),
        "{\"version\":1,\"runs\":[{\"id\":\"publishsimulation-20261125100000000\","
            + "\"simulation\":\"PublishSimulation\",\"startedAt\":\"2026-11-25T10:00:00Z\",\"gatling\":{\"requests\":10,"
            + "\"ok\":10,\"ko\":0,\"requestsPerSecond\":5.0,\"percentilesMs\":{\"p50\":2.0}},\"summary\":{"
            + "\"simulation\":\"PublishSimulation\",\"startedAt\":\"2026-11-25T09:59:58Z\",\"passed\":true}}]}");

    // when
    RunHistory loaded = store.load();
    store.save(loaded.merge(List.of()));

    // then
    assertThat(loaded.runs())
        .singleElement()
        .satisfies(run -> assertThat(run.summary().capacity()).isNull());
    assertThat(store.load().version()).isEqualTo(RunHistory.CURRENT_VERSION);
    assertThat(store.load().runs()).isEqualTo(loaded.runs());
  }

  @Test
  void anUnreadableHistoryStopsTheGenerationAndStaysAsItWas() throws Exception {
    // given
    HistoryStore store = new HistoryStore(temp);
    Files.writeString(store.file(), "{\"version\":1,\"runs\":[{\"id\":");

    // then
    assertThatThrownBy(store::load)
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("fix or delete it");
    assertThat(Files.readString(store.file())).isEqualTo("{\"version\":1,\"runs\":[{\"id\":");
  }

  @Test
  void aHistoryWrittenByANewerProgramIsNotTouched() throws Exception {
    HistoryStore store = new HistoryStore(temp);
    Files.writeString(
        store.file(), "{\"version\":" + (RunHistory.CURRENT_VERSION + 1) + ",\"runs\":[]}");

    assertThatThrownBy(store::load).hasMessageContaining("newer than this program");
  }
}
