package io.mqharness.simulations.harness;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mqharness.simulations.capacity.CapacityFigures;
import io.mqharness.simulations.capacity.StepFigures;
import io.mqharness.simulations.faults.FaultFigures;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulations.soak.SoakFigures;
import io.mqharness.simulations.warmup.WarmUpFigures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The harness's figures for one run, written next to Gatling's results as {@code
 * target/harness-runs/<Simulation>-<yyyyMMddHHmmssSSS>.json} (UTC) for the reports module to pick
 * up. {@code warmUp}, {@code capacity}, {@code steps}, {@code requests}, {@code faults} and {@code
 * soak} are optional: absent from the JSON when null (no warm-up ran; not a capacity search; the
 * simulation does not record its requests' outcomes; no faults were injected; not a soak). The
 * JSON's shape is docs/run-summary.schema.json ({@link RunSummarySchema}), which the reports' tests
 * check their reader against too.
 */
public record RunSummary(
    String simulation,
    String startedAt,
    String endedAt,
    String target,
    Map<String, String> parameters,
    Map<String, Number> metrics,
    List<String> problems,
    boolean passed,
    @JsonInclude(JsonInclude.Include.NON_NULL) WarmUpFigures warmUp,
    @JsonInclude(JsonInclude.Include.NON_NULL) CapacityFigures capacity,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<StepFigures> steps,
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Map<String, Object>> requests,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<FaultFigures> faults,
    @JsonInclude(JsonInclude.Include.NON_NULL) SoakFigures soak) {

  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public static RunSummary of(
      String simulation,
      Instant started,
      Instant ended,
      HarnessSettings settings,
      Map<String, Number> metrics,
      List<String> problems,
      boolean passed) {
    return of(simulation, started, ended, settings, settings.describe(), metrics, problems, passed);
  }

  /**
   * As above, with the {@code parameters} the run announced instead of the settings' own
   * description.
   */
  public static RunSummary of(
      String simulation,
      Instant started,
      Instant ended,
      HarnessSettings settings,
      Map<String, String> parameters,
      Map<String, Number> metrics,
      List<String> problems,
      boolean passed) {
    return of(
        simulation,
        started,
        ended,
        settings.target().url().orElse("embedded"),
        parameters,
        metrics,
        problems,
        passed);
  }

  /**
   * The fields every summary has, none of the optional parts: {@code target} the URL the run loaded
   * ("embedded" for the embedded simulator), {@code started} and {@code ended} the run's bounds
   * (written ISO-8601, UTC), the maps and list copied.
   */
  public static RunSummary of(
      String simulation,
      Instant started,
      Instant ended,
      String target,
      Map<String, String> parameters,
      Map<String, Number> metrics,
      List<String> problems,
      boolean passed) {
    return new RunSummary(
        simulation,
        started.toString(),
        ended.toString(),
        target,
        new LinkedHashMap<>(parameters),
        new LinkedHashMap<>(metrics),
        List.copyOf(problems),
        passed,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** This summary with {@code warmUp} (null: no warm-up ran). */
  public RunSummary withWarmUp(WarmUpFigures figures) {
    return new RunSummary(
        simulation,
        startedAt,
        endedAt,
        target,
        parameters,
        metrics,
        problems,
        passed,
        figures,
        capacity,
        steps,
        requests,
        faults,
        soak);
  }

  /** This summary with a capacity search's result and every step it ran, in order. */
  public RunSummary withCapacity(CapacityFigures result, List<StepFigures> allSteps) {
    return new RunSummary(
        simulation,
        startedAt,
        endedAt,
        target,
        parameters,
        metrics,
        problems,
        passed,
        warmUp,
        result,
        List.copyOf(allSteps),
        requests,
        faults,
        soak);
  }

  /**
   * This summary with the requests' outcomes by operation ({@code requests}: requests and KOs by
   * kind) and the faults injected with what each did (null: none injected).
   */
  public RunSummary withOutcomes(
      Map<String, Map<String, Object>> byOperation, List<FaultFigures> injected) {
    return new RunSummary(
        simulation,
        startedAt,
        endedAt,
        target,
        parameters,
        metrics,
        problems,
        passed,
        warmUp,
        capacity,
        steps,
        byOperation,
        injected == null ? null : List.copyOf(injected),
        soak);
  }

  /** This summary with a soak's samples and trends. */
  public RunSummary withSoak(SoakFigures figures) {
    return new RunSummary(
        simulation,
        startedAt,
        endedAt,
        target,
        parameters,
        metrics,
        problems,
        passed,
        warmUp,
        capacity,
        steps,
        requests,
        faults,
        figures);
  }

  /**
   * {@code mq.runsDir} (default {@code target/harness-runs}, relative to the module Gatling runs
   * in). Written to a temporary file that is then moved into place, so that a write that fails or
   * is killed leaves no empty or partial summary for the reports to trip on.
   */
  public Path write() {
    Path dir = Path.of(System.getProperty("mq.runsDir", "target/harness-runs"));
    Path file =
        dir.resolve(simulation + "-" + FILE_TIME.format(Instant.parse(startedAt)) + ".json");
    Path partial = null;
    try {
      Files.createDirectories(dir);
      partial = Files.createTempFile(dir, simulation + "-", ".json.partial");
      JSON.writeValue(partial.toFile(), this);
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException | RuntimeException e) {
      if (partial != null) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException ignored) {
          // the write's own failure is the one to report
        }
      }
      throw e instanceof IOException io
          ? new UncheckedIOException("cannot write " + file, io)
          : (RuntimeException) e;
    }
  }
}
