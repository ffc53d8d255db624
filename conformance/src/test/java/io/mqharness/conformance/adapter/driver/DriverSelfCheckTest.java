package io.mqharness.conformance.adapter.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.BundledClients;
import io.mqharness.conformance.adapter.ClientRegistry;
import io.mqharness.conformance.adapter.driver.DriverSelfCheck.Check;
import io.mqharness.conformance.adapter.driver.DriverSelfCheck.Report;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The self-check passes every bundled driver found here, and fails a driver that breaks the
 * contract.
 */
class DriverSelfCheckTest {
  private static final Duration LIMIT = Duration.ofSeconds(20);

  @ParameterizedTest
  @ValueSource(
      strings = {
        DriverClients.NODE_SDK,
        DriverClients.PYTHON_SDK,
        DriverClients.GO_SDK,
        DriverClients.PHP_SDK
      })
  void aBundledDriverPassesEveryCheck(String name) {
    // given
    DriverClients.missing(name)
        .ifPresent(reason -> Assumptions.abort(name + " is not here: " + reason));
    BundledClients.registerAll();
    DriverCommand command;
    try (var adapter = (DriverProcessAdapter) ClientRegistry.create(name)) {
      command = adapter.command();
    }
    // when
    Report report = DriverSelfCheck.run(command, LIMIT);
    // then
    assertThat(report.checks())
        .hasSize(9)
        .allSatisfy(c -> assertThat(c.passed()).as("%s", c).isTrue());
    assertThat(printed(report)).endsWith("self-check: 9 passed, 0 failed\n");
  }

  @Test
  void aDriverThatBreaksTheContractFailsTheChecksItBreaks() throws URISyntaxException {
    // given
    Path script = Path.of(getClass().getResource("/broken-driver/broken_driver.py").toURI());
    DriverCommand broken =
        new DriverCommand(
            "cmd:broken", List.of("python3", script.toString()), script.getParent(), Map.of());
    // when
    Report report = DriverSelfCheck.run(broken, LIMIT);
    // then
    assertThat(report.passed()).isFalse();
    assertThat(report.checks())
        .filteredOn(c -> !c.passed())
        .extracting(Check::name)
        .containsExactly(
            "a line that is not JSON gets an error answer (id null, client, BadRequest)",
            "an unknown op gets an error answer (unsupported, UnknownOp)",
            "the driver exits with code 0 after shutdown",
            "the driver exits with code 0 at the end of its input");
    assertThat(report.checks().get(2).detail())
        .contains("$.id", "$.error.code", "line received: {\"id\": 0");
    assertThat(report.checks().get(3).detail()).contains("$.ok");
    assertThat(report.checks().get(8).detail()).contains("exited with code 1");
    assertThat(printed(report))
        .contains("  FAIL  an unknown op gets an error answer")
        .endsWith("5 passed, 4 failed\n");
  }

  @Test
  void aDriverThatCannotStartFailsTheFirstCheck() {
    Report report =
        DriverSelfCheck.run(
            new DriverCommand(
                "cmd:nothing", List.of("/nonexistent/driver"), Path.of("."), Map.of()),
            LIMIT);
    assertThat(report.checks()).extracting(Check::passed).containsExactly(false, false);
  }

  private static String printed(Report report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
