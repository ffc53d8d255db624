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
import java.util.Map;

/**
 * The figures of a whole scaled-out run, merged from its injectors' partial summaries: the run
 * summary fields ({@code startedAt} the earliest injector's start, {@code endedAt} the latest end),
 * the folders merged ({@code parts}), and the whole run's throughput floor ({@code
 * minRequestsPerSec}, requests/s, 0 for none), which the merge checks against Gatling's figure for
 * the merged log.
 */
public record MergedRun(
    String simulation,
    Instant startedAt,
    Instant endedAt,
    String target,
    Map<String, String> parameters,
    Map<String, Number> metrics,
    List<String> problems,
    boolean passed,
    List<String> parts,
    double minRequestsPerSec) {

  /**
   * The run summary JSON (the fields every summary has, plus {@code injectors: {count, merged:
   * true, parts}}).
   */
  public ObjectNode json() {
    RunSummary summary =
        new RunSummary(
            simulation,
            startedAt.toString(),
            endedAt.toString(),
            target,
            parameters,
            metrics,
            problems,
            passed,
            null,
            null,
            null,
            null,
            null,
            null);
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
    Path file = runsDir.resolve(simulation + "-" + PartialSummary.stamp(startedAt) + ".json");
    try {
      Files.createDirectories(runsDir);
      PartialSummary.JSON.writeValue(file.toFile(), json());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
