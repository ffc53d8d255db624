package io.mqharness.reports.conformance;

import java.util.List;

/** The compact view of {@code conformance/target/conformance/matrix.json} the index shows. */
public record ConformanceMatrix(
    String generatedAt,
    String target,
    List<ClientOutcome> clients,
    List<ScenarioFailure> failures) {

  public ConformanceMatrix {
    clients = List.copyOf(clients);
    failures = List.copyOf(failures);
  }
}
