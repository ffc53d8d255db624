package io.mqharness.reports.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqharness.reports.InputFormatException;
import io.mqharness.reports.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the conformance module's {@code matrix.json}: {@code clients}, {@code
 * summary.<client>.PASS|FAIL|XFAIL|SKIP} and {@code scenarios[].results.<client>.status} ({@code
 * pass}, {@code fail}, {@code xfail}: an expected failure, {@code skip}) with a {@code reason}.
 * Throws {@link InputFormatException} when the file is not such a matrix.
 */
public final class MatrixReader {

  private MatrixReader() {}

  public static ConformanceMatrix read(Path matrixJson) throws IOException {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(matrixJson.toFile());
    } catch (IOException e) {
      throw new InputFormatException(matrixJson, "unreadable JSON", e);
    }
    if (root == null || !root.path("summary").isObject()) {
      throw new InputFormatException(
          matrixJson, "no \"summary\" object (not a conformance matrix?)");
    }
    return new ConformanceMatrix(
        root.path("generatedAt").asText(""),
        root.path("target").asText(""),
        clients(root),
        failures(root));
  }

  private static List<ClientOutcome> clients(JsonNode root) {
    List<String> names = new ArrayList<>();
    root.path("clients").forEach(c -> names.add(c.asText()));
    root.path("summary")
        .fieldNames()
        .forEachRemaining(
            n -> {
              if (!names.contains(n)) {
                names.add(n);
              }
            });
    List<ClientOutcome> outcomes = new ArrayList<>();
    for (String name : names) {
      JsonNode counts = root.path("summary").path(name);
      outcomes.add(
          new ClientOutcome(
              name,
              counts.path("PASS").asInt(),
              counts.path("FAIL").asInt(),
              counts.path("XFAIL").asInt(),
              counts.path("SKIP").asInt()));
    }
    return outcomes;
  }

  private static List<ScenarioFailure> failures(JsonNode root) {
    List<ScenarioFailure> failures = new ArrayList<>();
    for (JsonNode scenario : root.path("scenarios")) {
      for (Map.Entry<String, JsonNode> result : scenario.path("results").properties()) {
        String status = result.getValue().path("status").asText();
        if (status.equalsIgnoreCase("fail") || status.equalsIgnoreCase("xfail")) {
          failures.add(
              new ScenarioFailure(
                  scenario.path("id").asText(),
                  scenario.path("group").asText(),
                  scenario.path("spec").asText(),
                  result.getKey(),
                  result.getValue().path("reason").asText(""),
                  status.equalsIgnoreCase("xfail")));
        }
      }
    }
    return failures;
  }
}
