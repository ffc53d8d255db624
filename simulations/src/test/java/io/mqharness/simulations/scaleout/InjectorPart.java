package io.mqharness.simulations.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One injector's results folder, as the merge reads it: its partial summary (a {@code *.json} with
 * {@code injectors.index}) and Gatling's {@code simulation.log} (anywhere below the folder, as
 * Gatling's {@code --results-folder} puts it in a run folder of its own).
 */
public record InjectorPart(
    Path dir,
    Path summaryFile,
    Path simulationLog,
    InjectorShare share,
    JsonNode summary,
    PartialRun partial) {

  /**
   * Reads the injector's results in {@code dir}.
   *
   * @throws IllegalArgumentException when {@code dir} does not hold exactly one partial summary and
   *     one {@code simulation.log} (one injector's run per folder), or the summary cannot be read
   * @throws IOException when {@code dir} cannot be listed
   */
  public static InjectorPart in(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " is not a folder");
    }
    List<Path> logs;
    List<Path> summaries = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
      logs = all.stream().filter(f -> f.getFileName().toString().equals("simulation.log")).toList();
      for (Path json :
          all.stream().filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
        try {
          if (PartialSummary.JSON
              .readTree(json.toFile())
              .path(PartialSummary.INJECTORS)
              .has("index")) {
            summaries.add(json);
          }
        } catch (IOException notJson) {
          // another file (a report's asset): not a summary
        }
      }
    }
    Path summaryFile = only(dir, summaries, "partial summary (a run summary with injectors.index)");
    Path log = only(dir, logs, "Gatling simulation.log");
    JsonNode summary = read(summaryFile);
    JsonNode injectors = summary.get(PartialSummary.INJECTORS);
    InjectorShare share =
        new InjectorShare(injectors.path("count").asInt(), injectors.path("index").asInt());
    PartialRun partial;
    try {
      partial =
          PartialSummary.JSON.treeToValue(summary.path(PartialSummary.PARTIAL), PartialRun.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          summaryFile + ": its \"partial\" field cannot be read: " + e.getMessage(), e);
    }
    if (partial == null) {
      throw new IllegalArgumentException(summaryFile + " has no \"partial\" field to merge");
    }
    return new InjectorPart(dir, summaryFile, log, share, summary, partial);
  }

  /** The simulation's name ({@code EndToEndSimulation}). */
  public String simulation() {
    return summary.path("simulation").asText();
  }

  /** When the injector's load started (its summary's {@code startedAt}). */
  public Instant startedAt() {
    return Instant.parse(summary.path("startedAt").asText());
  }

  /** When the injector ended (its summary's {@code endedAt}). */
  public Instant endedAt() {
    return Instant.parse(summary.path("endedAt").asText());
  }

  private static Path only(Path dir, List<Path> found, String what) {
    if (found.size() != 1) {
      throw new IllegalArgumentException(
          dir
              + " holds "
              + (found.isEmpty() ? "no " + what : found.size() + " of " + what + ": " + found)
              + ": give each injector a folder of its own (mq.runsDir and Gatling's results folder) for one run");
    }
    return found.get(0);
  }

  private static JsonNode read(Path json) {
    try {
      return PartialSummary.JSON.readTree(json.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(json + " is not readable JSON: " + e.getMessage(), e);
    }
  }
}
