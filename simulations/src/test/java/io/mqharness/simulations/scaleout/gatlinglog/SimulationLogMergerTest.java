package io.mqharness.simulations.scaleout.gatlinglog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two injectors' binary simulation.log files become one, as Gatling's own reader would read it. */
class SimulationLogMergerTest {
  private static final RawString VERSION = RawString.of("3.15.1");
  private static final RawString SIMULATION =
      RawString.of("io.mqharness.simulations.EndToEndSimulation");
  private static final RawString PRODUCER = RawString.of("producer");
  private static final RawString CONSUMER = RawString.of("consumer");
  private static final RawString PRODUCE = RawString.of("produce");
  private static final RawString PUBLISH = RawString.of("publish normal");
  private static final byte[] ASSERTION = {1, 2, 3};

  @TempDir Path dir;

  @Test
  void everyRecordOfEveryPartIsKeptInTimeOrderWithItsAbsoluteTimes() throws IOException {
    // given: injector 0 started at t0 with producers, injector 1 a second later with consumers too
    long t0 = 1_764_000_000_000L;
    Path zero =
        write(
            "zero.log",
            run(t0, List.of(PRODUCER)),
            new LogRecord.User(PRODUCER, true, t0 + 10),
            publish(t0 + 10, t0 + 30, true),
            publish(t0 + 1500, t0 + 1510, true),
            new LogRecord.Group(List.of(PRODUCE), t0 + 1500, t0 + 1510, 10, true),
            new LogRecord.User(PRODUCER, false, t0 + 1520));
    Path one =
        write(
            "one.log",
            run(t0 + 1000, List.of(CONSUMER, PRODUCER)),
            new LogRecord.User(CONSUMER, true, t0 + 1001),
            publish(t0 + 1002, t0 + 1040, false),
            new LogRecord.Error(RawString.of("a crashed step"), t0 + 1041),
            new LogRecord.User(CONSUMER, false, t0 + 2000));
    // when
    SimulationLogMerger.Merged merged =
        SimulationLogMerger.merge(List.of(zero, one), dir.resolve("simulation.log"));
    // then: counts per part and in all
    assertThat(merged.partRequests()).containsExactly(2L, 1L);
    assertThat(merged.requests()).isEqualTo(3);
    assertThat(merged.notes()).isEmpty();
    // and: the run record starts at the earliest start, names every scenario, keeps the first
    // part's assertions
    try (SimulationLogReader reader = new SimulationLogReader(merged.file())) {
      LogRecord.Run run = reader.run();
      assertThat(run.start()).isEqualTo(t0);
      assertThat(run.scenarios()).containsExactly(PRODUCER, CONSUMER);
      assertThat(run.assertions())
          .singleElement()
          .satisfies(bytes -> assertThat(bytes).containsExactly(ASSERTION));
      assertThat(run.simulationClassName()).isEqualTo(SIMULATION);
      // and: every record, with its absolute times, ordered by when it was written
      List<LogRecord> records = all(reader);
      assertThat(records)
          .containsExactly(
              new LogRecord.User(PRODUCER, true, t0 + 10),
              publish(t0 + 10, t0 + 30, true),
              new LogRecord.User(CONSUMER, true, t0 + 1001),
              publish(t0 + 1002, t0 + 1040, false),
              new LogRecord.Error(RawString.of("a crashed step"), t0 + 1041),
              publish(t0 + 1500, t0 + 1510, true),
              new LogRecord.Group(List.of(PRODUCE), t0 + 1500, t0 + 1510, 10, true),
              new LogRecord.User(PRODUCER, false, t0 + 1520),
              new LogRecord.User(CONSUMER, false, t0 + 2000));
      assertThat(reader.truncated()).isFalse();
    }
  }

  @Test
  void aRepeatedNameIsWrittenOnceAndNamedByItsIndexAfterwards() throws IOException {
    long t0 = 1_764_000_000_000L;
    Path zero = write("zero.log", run(t0, List.of(PRODUCER)), publish(t0, t0 + 1, true));
    Path one =
        write(
            "one.log",
            run(t0, List.of(PRODUCER)),
            publish(t0 + 2, t0 + 3, true),
            publish(t0 + 4, t0 + 5, true));
    Path out = dir.resolve("simulation.log");
    SimulationLogMerger.merge(List.of(zero, one), out);
    byte[] bytes = Files.readAllBytes(out);
    assertThat(occurrences(bytes, PUBLISH.value())).isEqualTo(1);
  }

  @Test
  void aPartCutShortIsMergedUpToWhereItEndsAndSaidSo() throws IOException {
    long t0 = 1_764_000_000_000L;
    Path whole =
        write(
            "whole.log",
            run(t0, List.of(PRODUCER)),
            publish(t0, t0 + 1, true),
            publish(t0 + 2, t0 + 3, true));
    Path cut = dir.resolve("cut.log");
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 3));
    SimulationLogMerger.Merged merged =
        SimulationLogMerger.merge(List.of(cut), dir.resolve("simulation.log"));
    assertThat(merged.requests()).isEqualTo(1);
    assertThat(merged.notes()).singleElement().asString().contains("cut.log ends inside a record");
  }

  @Test
  void runsOfDifferentSimulationsDoNotMerge() throws IOException {
    long t0 = 1_764_000_000_000L;
    Path zero = write("zero.log", run(t0, List.of(PRODUCER)));
    LogRecord.Run other =
        new LogRecord.Run(
            VERSION,
            RawString.of("io.mqharness.simulations.PublishSimulation"),
            t0,
            RawString.EMPTY,
            List.of(PRODUCER),
            List.of());
    Path one = write("one.log", other);
    assertThatThrownBy(
            () -> SimulationLogMerger.merge(List.of(zero, one), dir.resolve("simulation.log")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only runs of one simulation merge");
  }

  @Test
  void aFileThatIsNotASimulationLogIsRefused() throws IOException {
    Path text = Files.writeString(dir.resolve("simulation.log.txt"), "RUN\tsimulation\n");
    assertThatThrownBy(
            () -> SimulationLogMerger.merge(List.of(text), dir.resolve("simulation.log")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("does not start with a run record");
  }

  private static LogRecord.Run run(long start, List<RawString> scenarios) {
    return new LogRecord.Run(
        VERSION, SIMULATION, start, RawString.EMPTY, scenarios, List.of(ASSERTION));
  }

  private static LogRecord.Request publish(long start, long end, boolean ok) {
    return new LogRecord.Request(
        List.of(PRODUCE),
        PUBLISH,
        start,
        end,
        ok,
        ok ? RawString.EMPTY : RawString.of("status 500"));
  }

  private Path write(String name, LogRecord.Run run, LogRecord... records) throws IOException {
    Path file = dir.resolve(name);
    try (SimulationLogWriter writer = new SimulationLogWriter(file, run)) {
      for (LogRecord record : records) {
        writer.write(record);
      }
    }
    return file;
  }

  private static List<LogRecord> all(SimulationLogReader reader) throws IOException {
    List<LogRecord> records = new ArrayList<>();
    for (Optional<LogRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
      records.add(next.get());
    }
    return records;
  }

  private static int occurrences(byte[] haystack, byte[] needle) {
    int count = 0;
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        count++;
      }
    }
    return count;
  }
}
