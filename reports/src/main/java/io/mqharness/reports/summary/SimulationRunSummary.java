package io.mqharness.reports.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a simulation writes at its end to {@code
 * simulations/target/harness-runs/<Simulation>-<stamp>.json}: the agreed interface with the
 * simulations module. Metrics are free-form ({@code e2e.p50Ms}, {@code decisionsPerSecond}, {@code
 * lost}, ...). The optional parts are null (for {@code steps}: empty) when the run had none: {@code
 * warmUp} when a warm-up ran first, {@code capacity} and {@code steps} for a capacity search,
 * {@code injectors} when the run was spread over several injectors (a partial or a merged summary),
 * {@code soak} for a soak run. The JSON's shape is docs/run-summary.schema.json, which this
 * module's tests and the simulations' tests both check against.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimulationRunSummary(
    String simulation,
    Instant startedAt,
    Instant endedAt,
    String target,
    Map<String, String> parameters,
    Map<String, Double> metrics,
    List<String> problems,
    Boolean passed,
    WarmUpSummary warmUp,
    Capacity capacity,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CapacityStep> steps,
    Injectors injectors,
    Soak soak) {

  public SimulationRunSummary {
    Objects.requireNonNull(simulation, "simulation");
    Objects.requireNonNull(startedAt, "startedAt");
    parameters = parameters == null ? Map.of() : new TreeMap<>(parameters);
    metrics = metrics == null ? Map.of() : new TreeMap<>(metrics);
    problems = problems == null ? List.of() : List.copyOf(problems);
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  /**
   * A summary with none of the optional parts (no warm-up, not a capacity search, one injector).
   */
  public SimulationRunSummary(
      String simulation,
      Instant startedAt,
      Instant endedAt,
      String target,
      Map<String, String> parameters,
      Map<String, Double> metrics,
      List<String> problems,
      Boolean passed) {
    this(
        simulation,
        startedAt,
        endedAt,
        target,
        parameters,
        metrics,
        problems,
        passed,
        null,
        null,
        null,
        null,
        null);
  }

  public Duration duration() {
    return endedAt == null ? null : Duration.between(startedAt, endedAt);
  }
}
