package io.mqharness.conformance.adapter.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The driver contract as a JSON Schema (draft 2020-12), {@code
 * conformance/driver-contract.schema.json}: which definition each line must meet, and what in a
 * line breaks it. Loaded once from the classpath (the build copies the file there).
 */
public final class DriverContract {
  /** The schema's {@code $id}. */
  public static final String SCHEMA_ID =
      "https://mqharness.io/conformance/driver-contract.schema.json";

  /** The file name, as driver authors find it beside DRIVER.md. */
  public static final String FILE = "driver-contract.schema.json";

  private static final DriverContract INSTANCE = new DriverContract();

  private final SchemaRegistry registry;
  private final Map<String, Schema> definitions = new ConcurrentHashMap<>();

  private DriverContract() {
    String text = read();
    registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemas(Map.of(SCHEMA_ID, text))
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()));
  }

  /** The one contract. */
  public static DriverContract get() {
    return INSTANCE;
  }

  /**
   * The definition ({@code $defs} name) an answer to {@code op} must meet: {@code answer.publish}
   * and so on.
   */
  public static String answerDefinition(String op) {
    return switch (op) {
      case "hello" -> "answer.hello";
      case "publish" -> "answer.publish";
      case "consume", "consumeHalf" -> "answer.messages";
      case "connect", "ack", "commit", "rollback", "shutdown" -> "answer.empty";
      default -> "answer";
    };
  }

  /**
   * What in {@code node} breaks definition {@code definition} ({@code $defs} name, e.g. {@code
   * answer.publish}): one line per violation, {@code "$.result.messageId: integer found, [string,
   * null] expected"}; empty when it meets it.
   *
   * @throws IllegalArgumentException when the schema has no such definition
   */
  public List<String> violations(String definition, JsonNode node) {
    Schema schema = definitions.computeIfAbsent(definition, this::load);
    return schema.validate(node).stream().map(DriverContract::describe).toList();
  }

  private Schema load(String definition) {
    Schema schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/" + definition));
    if (schema.getSchemaNode() == null || schema.getSchemaNode().isMissingNode()) {
      throw new IllegalArgumentException(FILE + " has no definition " + definition);
    }
    return schema;
  }

  private static String describe(Error error) {
    String message = error.getMessage();
    String where = String.valueOf(error.getInstanceLocation());
    return message.startsWith(where) ? message : where + ": " + message;
  }

  private static String read() {
    try (InputStream in = DriverContract.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(
            FILE
                + " is not on the classpath beside "
                + DriverContract.class.getName()
                + " (the build copies it from the conformance module)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }
}
