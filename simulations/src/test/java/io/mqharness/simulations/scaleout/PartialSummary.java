package io.mqharness.simulations.scaleout;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqharness.simulations.harness.RunSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The run summary of one injector of a scaled-out run: the {@link RunSummary} fields, {@code
 * injectors: {count, index}}, and {@code partial}: the {@link PartialRun} the merge adds up.
 * Written to {@code mq.runsDir} (give each injector its own folder, with its Gatling results) as
 * {@code <Simulation>-<yyyyMMddHHmmssSSS>-injector<i>.json}; without {@code mq.runsDir}, to {@code
 * target/harness-runs/injectors}, where the reports, which read the files of {@code
 * target/harness-runs} itself, do not take a share for a run.
 */
public final class PartialSummary {
  /** The field naming a scaled-out run's injectors in a summary. */
  public static final String INJECTORS = "injectors";

  /** The field holding a partial summary's {@link PartialRun}. */
  public static final String PARTIAL = "partial";

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

  private PartialSummary() {}

  /**
   * Writes the partial summary of {@code share} into {@code mq.runsDir} (default {@code
   * target/harness-runs/injectors}) and returns its path.
   *
   * @throws UncheckedIOException when it cannot be written
   */
  public static Path write(RunSummary summary, InjectorShare share, PartialRun partial) {
    Path dir = Path.of(System.getProperty("mq.runsDir", "target/harness-runs/injectors"));
    Path file =
        dir.resolve(
            summary.simulation()
                + "-"
                + FILE_TIME.format(Instant.parse(summary.startedAt()))
                + "-injector"
                + share.index()
                + ".json");
    ObjectNode json = JSON.valueToTree(summary);
    json.putObject(INJECTORS).put("count", share.count()).put("index", share.index());
    json.set(PARTIAL, JSON.valueToTree(partial));
    try {
      Files.createDirectories(dir);
      JSON.writeValue(file.toFile(), json);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * {@code yyyyMMddHHmmssSSS} (UTC) of {@code instant}, as run summaries and Gatling name their
   * files.
   */
  static String stamp(Instant instant) {
    return FILE_TIME.format(instant);
  }
}
