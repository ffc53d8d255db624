package io.mqharness.reports.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a simulation writes at its end to {@code simulations/target/harness-runs/<Simulation>-<stamp>.json}: the
 * agreed interface with the simulations module. Metrics are free-form ({@code e2e.p50Ms}, {@code decisionsPerSecond},
 * {@code lost}, ...).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSummary(
    String simulation,
    Instant startedAt,
    Instant endedAt,
    String target,
    Map<String, String> parameters,
    Map<String, Double> metrics,
    List<String> problems,
    Boolean passed) {

  public RunSummary {
    Objects.requireNonNull(simulation, "simulation");
    Objects.requireNonNull(startedAt, "startedAt");
    parameters = parameters == null ? Map.of() : new TreeMap<>(parameters);
    metrics = metrics == null ? Map.of() : new TreeMap<>(metrics);
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  public Duration duration() {
    return endedAt == null ? null : Duration.between(startedAt, endedAt);
  }
}
