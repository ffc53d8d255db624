package io.mqharness.reports.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.mqharness.reports.FixtureProject;
import io.mqharness.reports.InputFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a matrix.json of the conformance module (four clients on the embedded simulator,
 * trimmed).
 */
class MatrixReaderTest {

  @TempDir Path temp;

  @Test
  void eachClientGetsItsPassFailExpectedFailSkipCountsInTheMatrixOrder() throws Exception {
    ConformanceMatrix matrix = MatrixReader.read(matrixFixture());

    assertThat(matrix.clients())
        .containsExactly(
            new ClientOutcome("reference", 55, 0, 0, 1),
            new ClientOutcome("java-sdk", 54, 0, 1, 1),
            new ClientOutcome("node-sdk", 54, 1, 0, 1),
            new ClientOutcome("python-sdk", 54, 0, 1, 1));
    assertThat(matrix.target()).isEqualTo("EMBEDDED_SIMULATOR http://127.0.0.1:40541");
  }

  @Test
  void eachFailedScenarioIsListedPerClientWithItsReasonAndWhetherItWasExpected() throws Exception {
    ConformanceMatrix matrix = MatrixReader.read(matrixFixture());

    assertThat(matrix.failures())
        .extracting(ScenarioFailure::client, ScenarioFailure::scenario, ScenarioFailure::expected)
        .containsExactly(
            tuple("java-sdk", "HungServiceIsGivenUpOnByTheClientTest.clientTimesOutOnItsOwn", true),
            tuple(
                "python-sdk", "HungServiceIsGivenUpOnByTheClientTest.clientTimesOutOnItsOwn", true),
            tuple(
                "node-sdk",
                "UnicodeAndXmlSpecialCharactersSurviveTheRoundTripTest.bodyComesBackByteForByte",
                false));
    assertThat(matrix.failures().get(0).reason()).startsWith("expected failure (java-sdk.yaml)");
    assertThat(matrix.failures().get(2).reason()).contains("MalformedXML");
  }

  @Test
  void jsonThatIsNotAMatrixIsRejected() throws Exception {
    Path file = temp.resolve("matrix.json");
    Files.writeString(file, "[1, 2]");

    assertThatThrownBy(() -> MatrixReader.read(file)).isInstanceOf(InputFormatException.class);
  }

  private static Path matrixFixture() {
    return FixtureProject.fixture("conformance").resolve("conformance/matrix.json");
  }
}
