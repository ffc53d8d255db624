package io.mqharness.reports.summary;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A run that ended without a summary: {@code ./harness capacity} writes {@code <Simulation>.failed}
 * beside the summaries when its search exits non-zero, a properties file with {@code failedAt}
 * (ISO-8601 instant), {@code exit} (the exit status) and {@code log} (the run's whole output,
 * relative to the project root).
 */
public record FailedRun(String simulation, Instant failedAt, int exit, String log) {

  /** The files' ending. */
  public static final String SUFFIX = ".failed";

  /**
   * Every readable {@code *.failed} file of {@code folder}; what cannot be read is described in
   * {@code notes}.
   */
  public static List<FailedRun> read(Path folder, List<String> notes) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<FailedRun> runs = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          properties.load(reader);
          String name = file.getFileName().toString();
          runs.add(
              new FailedRun(
                  name.substring(0, name.length() - SUFFIX.length()),
                  Instant.parse(properties.getProperty("failedAt", "")),
                  Integer.parseInt(properties.getProperty("exit", "1").trim()),
                  properties.getProperty("log", "")));
        } catch (IOException | DateTimeParseException | NumberFormatException e) {
          notes.add(file + ": not a failed run's record (" + e.getMessage() + "), left out");
        }
      }
    }
    return runs;
  }
}
