package io.mqharness.conformance.support.matrix;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code matrix.json}: target, clients, per-client summary, and each scenario's outcome per client.
 */
final class MatrixJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private MatrixJson() {}

  static void write(Matrix matrix, Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("generatedAt", Instant.now().toString());
    root.put("target", matrix.target());
    root.set("clients", JSON.valueToTree(matrix.clients()));
    root.set("summary", JSON.valueToTree(matrix.summary()));
    var scenarios = root.putArray("scenarios");
    for (ScenarioRow row : matrix.rows()) {
      ObjectNode scenario = scenarios.addObject();
      scenario.put("id", row.id());
      scenario.put("group", row.group());
      scenario.put("scenario", row.scenario());
      scenario.put("behaviour", row.behaviour());
      scenario.put("spec", row.spec());
      ObjectNode results = scenario.putObject("results");
      for (String client : matrix.clients()) {
        Outcome outcome = row.results().get(client);
        if (outcome != null) {
          ObjectNode cell = results.putObject(client);
          cell.put("status", outcome.status().name().toLowerCase(java.util.Locale.ROOT));
          cell.put("reason", outcome.reason());
          cell.put("durationMillis", outcome.durationMillis());
        }
      }
    }
    JSON.writeValue(file.toFile(), root);
  }
}
