package io.mqharness.simulations.scaleout.gatlinglog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Merges the binary {@code simulation.log} files of a scaled-out run's injectors into one, so that
 * Gatling's reports-only mode makes one report of the whole run. Gatling 3.15 reads exactly one
 * {@code simulation.log} per results folder (gatling-charts' {@code LogFileReader}; several logs in
 * one folder stopped being read in 3.12), so the logs are merged here: the run record of the first
 * with the earliest start, every scenario of every part and the first part's assertions (each
 * injector runs the same simulation with the same thresholds), then every record of every part,
 * interleaved by the time it was written while each part keeps its own order.
 */
public final class SimulationLogMerger {

  private SimulationLogMerger() {}

  /**
   * What a merge wrote: the requests of each part (in the order given) and of the whole, and where
   * a part was cut.
   */
  public record Merged(Path file, List<Long> partRequests, long requests, List<String> notes) {}

  /**
   * Writes to {@code out} the merge of {@code parts} (at least one).
   *
   * @throws IllegalArgumentException when the parts were written by different Gatling versions or
   *     for different simulations
   * @throws IOException when a part cannot be read or {@code out} cannot be written
   */
  public static Merged merge(List<Path> parts, Path out) throws IOException {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge");
    }
    List<SimulationLogReader> readers = new ArrayList<>();
    try {
      for (Path part : parts) {
        readers.add(new SimulationLogReader(part));
      }
      LogRecord.Run run = mergedRun(readers);
      long[] requests = new long[readers.size()];
      PriorityQueue<Head> heads =
          new PriorityQueue<>(
              Comparator.comparingLong((Head h) -> h.record().eventTime())
                  .thenComparingInt(Head::part));
      for (int i = 0; i < readers.size(); i++) {
        advance(readers, i, heads);
      }
      try (SimulationLogWriter writer = new SimulationLogWriter(out, run)) {
        while (!heads.isEmpty()) {
          Head head = heads.poll();
          writer.write(head.record());
          if (head.record() instanceof LogRecord.Request) {
            requests[head.part()]++;
          }
          advance(readers, head.part(), heads);
        }
      }
      List<Long> partRequests = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      long total = 0;
      for (int i = 0; i < readers.size(); i++) {
        partRequests.add(requests[i]);
        total += requests[i];
        if (readers.get(i).truncated()) {
          notes.add(
              readers.get(i).file()
                  + " ends inside a record (the injector was stopped while writing):"
                  + " what came before was merged");
        }
      }
      return new Merged(out, List.copyOf(partRequests), total, List.copyOf(notes));
    } finally {
      for (SimulationLogReader reader : readers) {
        reader.close();
      }
    }
  }

  private static LogRecord.Run mergedRun(List<SimulationLogReader> readers) {
    LogRecord.Run first = readers.get(0).run();
    List<RawString> scenarios = new ArrayList<>();
    long start = Long.MAX_VALUE;
    for (SimulationLogReader reader : readers) {
      LogRecord.Run run = reader.run();
      if (!run.gatlingVersion().equals(first.gatlingVersion())) {
        throw new IllegalArgumentException(
            reader.file()
                + " was written by Gatling "
                + run.gatlingVersion()
                + ", "
                + readers.get(0).file()
                + " by "
                + first.gatlingVersion()
                + ": run every injector with the same build");
      }
      if (!run.simulationClassName().equals(first.simulationClassName())) {
        throw new IllegalArgumentException(
            reader.file()
                + " is a run of "
                + run.simulationClassName()
                + ", "
                + readers.get(0).file()
                + " of "
                + first.simulationClassName()
                + ": only runs of one simulation merge");
      }
      run.scenarios().stream().filter(s -> !scenarios.contains(s)).forEach(scenarios::add);
      start = Math.min(start, run.start());
    }
    return new LogRecord.Run(
        first.gatlingVersion(),
        first.simulationClassName(),
        start,
        first.runDescription(),
        List.copyOf(scenarios),
        first.assertions());
  }

  private static void advance(
      List<SimulationLogReader> readers, int part, PriorityQueue<Head> heads) throws IOException {
    readers.get(part).next().ifPresent(record -> heads.add(new Head(record, part)));
  }

  private record Head(LogRecord record, int part) {}
}
