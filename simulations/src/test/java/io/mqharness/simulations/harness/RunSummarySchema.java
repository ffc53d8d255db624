package io.mqharness.simulations.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * docs/run-summary.schema.json, the run summary's shape that the reports module's tests check its
 * reader against too: the writers' tests check what they write with {@link #violations}.
 */
public final class RunSummarySchema {
  private static final Path FILE = Path.of("../docs/run-summary.schema.json");
  private static final Schema SCHEMA = load();

  private RunSummarySchema() {}

  /**
   * What in {@code summary} (a summary's JSON) breaks the schema, one message per violation; empty
   * when it meets it.
   */
  public static List<String> violations(JsonNode summary) {
    return SCHEMA.validate(summary).stream().map(Error::getMessage).toList();
  }

  private static Schema load() {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(Files.readString(FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE.toAbsolutePath(), e);
    }
  }
}
