package io.mqharness.reports.summary;

import io.mqharness.reports.InputFormatException;
import io.mqharness.reports.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the harness run summaries of {@code simulations/target/harness-runs}. */
public final class RunSummaries {

  private RunSummaries() {}

  /** Every readable {@code *.json} summary; what cannot be read is described in {@code notes}. */
  public static List<SimulationRunSummary> read(Path folder, List<String> notes)
      throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<SimulationRunSummary> summaries = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        try {
          summaries.add(readOne(file));
        } catch (IOException e) {
          notes.add(e.getMessage() + ", left out");
        }
      }
    }
    return summaries;
  }

  public static SimulationRunSummary readOne(Path file) throws IOException {
    try {
      return Json.MAPPER.readValue(file.toFile(), SimulationRunSummary.class);
    } catch (IOException | RuntimeException e) {
      throw new InputFormatException(
          file, "not a harness run summary (" + firstLine(e.getMessage()) + ")", e);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
  }
}
