package io.mqharness.reports.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.reports.InputFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    RunHistory history = RunHistory.empty().merge(List.of(
        RunHistoryTest.run("publishsimulation-20261125100000000", 10.5),
        RunHistoryTest.run("checksimulation-20261125110000000", 3)));

    // when
    store.save(history);

    // then
    assertThat(store.load()).isEqualTo(history);
    assertThat(Files.readString(store.file())).contains("\"startedAt\" : \"2026-11-25T10:00:00Z\"");
  }

  @Test
  void anUnreadableHistoryStopsTheGenerationAndStaysAsItWas() throws Exception {
    // given
    HistoryStore store = new HistoryStore(temp);
    Files.writeString(store.file(), "{\"version\":1,\"runs\":[{\"id\":");

    // then
    assertThatThrownBy(store::load).isInstanceOf(InputFormatException.class).hasMessageContaining("fix or delete it");
    assertThat(Files.readString(store.file())).isEqualTo("{\"version\":1,\"runs\":[{\"id\":");
  }

  @Test
  void aHistoryWrittenByANewerProgramIsNotTouched() throws Exception {
    HistoryStore store = new HistoryStore(temp);
    Files.writeString(store.file(), "{\"version\":2,\"runs\":[]}");

    assertThatThrownBy(store::load).hasMessageContaining("newer than this program");
  }
}
