package io.mqharness.reports.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mqharness.reports.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The summaries the reports read, and what {@link SimulationRunSummary} makes of them, meet
 * docs/run-summary.schema.json, the schema the simulations' writer is checked against too.
 */
class RunSummarySchemaTest {
  private static final Path SCHEMA = Path.of("../docs/run-summary.schema.json");
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  static Stream<Path> summaries() throws Exception {
    return Stream.of("harness-runs", "summaries")
        .flatMap(
            folder -> {
              try {
                return Files.list(FIXTURES.resolve(folder)).sorted().toList().stream();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @ParameterizedTest
  @MethodSource("summaries")
  void aFixtureAndTheRecordReadFromItMeetTheSchema(Path file) throws Exception {
    // given
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(SCHEMA));
    JsonNode fixture = Json.MAPPER.readTree(file.toFile());

    // when: read as the reports read it, and written back
    JsonNode record = Json.MAPPER.valueToTree(RunSummaries.readOne(file));

    // then
    assertThat(schema.validate(fixture)).extracting(Error::getMessage).isEmpty();
    assertThat(schema.validate(record)).extracting(Error::getMessage).isEmpty();
    assertThat(record.get("simulation")).isEqualTo(fixture.get("simulation"));
  }
}
