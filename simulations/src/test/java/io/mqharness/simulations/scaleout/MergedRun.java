package io.mqharness.simulations.scaleout;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqharness.simulations.harness.RunSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The figures of a whole scaled-out run, merged from its injectors' partial summaries: the run
 * {@code summary} ({@code startedAt} the earliest injector's start, {@code endedAt} the latest
 * end), the folders merged ({@code parts}), and the whole run's throughput floor ({@code
 * minRequestsPerSec}, requests/s, 0 for none), which the merge checks against Gatling's figure for
 * the merged log.
 */
public record MergedRun(RunSummary summary, List<String> parts, double minRequestsPerSec) {

  /** The earliest injector's start. */
  public Instant startedAt() {
    return Instant.parse(summary.startedAt());
  }

  /**
   * The run summary JSON (the fields every summary has, plus {@code injectors: {count, merged:
   * true, parts}}).
   */
  public ObjectNode json() {
    ObjectNode json = PartialSummary.JSON.valueToTree(summary);
    ObjectNode injectors =
        json.putObject(PartialSummary.INJECTORS).put("count", parts.size()).put("merged", true);
    ArrayNode dirs = injectors.putArray("parts");
    parts.forEach(dirs::add);
    return json;
  }

  /**
   * Writes the summary into {@code runsDir} as {@code <Simulation>-<yyyyMMddHHmmssSSS>.json} (its
   * start, UTC), where the reports pick it up, and returns its path.
   *
   * @throws UncheckedIOException when it cannot be written
   */
  public Path write(Path runsDir) {
    Path file =
        runsDir.resolve(summary.simulation() + "-" + PartialSummary.stamp(startedAt()) + ".json");
    try {
      Files.createDirectories(runsDir);
      PartialSummary.JSON.writeValue(file.toFile(), json());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
