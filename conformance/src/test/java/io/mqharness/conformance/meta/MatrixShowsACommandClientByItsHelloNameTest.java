package io.mqharness.conformance.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.conformance.support.matrix.ConformanceMatrixListener;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code cmd:} client appears in the matrix under the name its driver's hello gave, else under
 * its command line.
 */
@Tag("meta")
class MatrixShowsACommandClientByItsHelloNameTest {
  private static final String SCENARIO =
      "io.mqharness.conformance.scenarios.roundtrip.EmptyConsumeIsNoMessageNotAnErrorTest";
  private static final String OUTPUT = "conformance.output.dir";

  @TempDir Path dir;
  private final String savedOutput = System.getProperty(OUTPUT);

  @AfterEach
  void restoreOutput() {
    if (savedOutput == null) {
      System.clearProperty(OUTPUT);
    } else {
      System.setProperty(OUTPUT, savedOutput);
    }
  }

  @Test
  void aDriverThatSaysHelloIsShownByItsName() throws Exception {
    // given: the scripted driver, whose hello names it "fake"
    String client = "cmd:python3 " + fakeDriver() + " " + dir.resolve("journal") + " hang";
    // when
    JsonNode matrix = runWithMatrix(client);
    // then
    assertThat(matrix.path("clients")).extracting(JsonNode::asText).containsExactly("fake");
    assertThat(matrix.path("summary").path("fake").path("PASS").asInt()).isEqualTo(1);
  }

  @Test
  void aDriverThatNeverSaysHelloIsShownByItsCommandLine() throws Exception {
    JsonNode matrix = runWithMatrix("cmd:/nonexistent/driver --flag");
    assertThat(matrix.path("clients"))
        .extracting(JsonNode::asText)
        .containsExactly("cmd:/nonexistent/driver --flag");
  }

  @Test
  void aFixtureClientsMatrixLeavesNoSummaryInTheBuildLog() throws Exception {
    // given: the console, captured
    java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.out;
    System.setOut(new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8));
    JsonNode matrix;
    try {
      // when
      matrix = runWithMatrix("cmd:/nonexistent/driver");
    } finally {
      System.setOut(original);
    }
    // then: the matrix is written, and ./harness run's summary (its "pass ... skip" lines) does not
    // list the fixture
    assertThat(matrix.path("clients"))
        .extracting(JsonNode::asText)
        .containsExactly("cmd:/nonexistent/driver");
    assertThat(console.toString(java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("Conformance matrix")
        .doesNotContain("cmd:/nonexistent/driver ");
  }

  private JsonNode runWithMatrix(String client) throws IOException {
    System.setProperty(OUTPUT, dir.toString());
    try (MqSimulator simulator = MqSimulator.start(SimulatorOptions.defaults())) {
      ScenarioRun.run(
          SCENARIO, simulator, client, "", ConformanceMatrixListener.withoutConsoleSummary());
    }
    return new ObjectMapper().readTree(dir.resolve("matrix.json").toFile());
  }

  private static Path fakeDriver() throws URISyntaxException {
    return Path.of(
        MatrixShowsACommandClientByItsHelloNameTest.class
            .getResource("/fake-driver/fake_driver.py")
            .toURI());
  }
}
