package io.mqharness.conformance.support.expectation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one expectations file (YAML): {@code client} (the name the run gives the client: {@code
 * java-sdk}, {@code cmd:...}, or the driver's {@code hello} name), an optional {@code sdk} (name
 * and version, added to every entry's evidence) and {@code expected}, a list of entries with {@code
 * scenario}, {@code outcome} ({@code fail}), {@code reason}, {@code spec} and optional {@code
 * evidence}. One entry per line in flow style, so that deleting a line deletes one expectation.
 * Throws {@link IllegalArgumentException} naming the file and entry when a field is missing or
 * unknown.
 */
final class ExpectationsFile {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ExpectationsFile() {}

  static List<Expectation> read(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read expectations file " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + ": expected a mapping with client and expected");
    }
    String client = required(root, "client", file, "the file");
    String sdk = root.path("sdk").asText("");
    List<Expectation> out = new ArrayList<>();
    JsonNode entries = root.path("expected");
    if (!entries.isMissingNode() && !entries.isNull() && !entries.isArray()) {
      throw new IllegalArgumentException(file + ": expected must be a list");
    }
    int index = 0;
    for (JsonNode entry : entries) {
      index++;
      String where = "entry " + index;
      String scenario = required(entry, "scenario", file, where);
      String outcome = required(entry, "outcome", file, where + " (" + scenario + ")");
      Expectation.Outcome parsed;
      try {
        parsed = Expectation.Outcome.valueOf(outcome.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            file + ": " + scenario + " has outcome '" + outcome + "'; the only one is fail");
      }
      String evidence =
          String.join(
              "; ",
              List.of(sdk, entry.path("evidence").asText("")).stream()
                  .filter(s -> !s.isBlank())
                  .toList());
      out.add(
          new Expectation(
              client,
              scenario,
              parsed,
              required(entry, "reason", file, scenario),
              required(entry, "spec", file, scenario),
              evidence,
              file));
    }
    return out;
  }

  private static String required(JsonNode node, String field, Path file, String where) {
    String value = node.path(field).asText("").strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException(file + ": " + where + " has no " + field);
    }
    return value;
  }
}
