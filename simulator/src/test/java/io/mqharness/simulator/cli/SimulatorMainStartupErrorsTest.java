package io.mqharness.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * A start that cannot go on says why in one line and exits as the CLI's other errors do, never a
 * stack trace.
 */
class SimulatorMainStartupErrorsTest {

  @TempDir Path dir;

  /**
   * {@code err}: all of stderr; {@link #ownLines()}: the simulator's lines (a fuzzing agent may add
   * its own).
   */
  private record Run(int exit, String err) {
    java.util.List<String> ownLines() {
      return err.lines().filter(line -> line.startsWith("mq-simulator:")).toList();
    }
  }

  private static Run run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = new CommandLine(new SimulatorMain()).execute(args);
      return new Run(exit, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(originalErr);
    }
  }

  @Test
  void aMissingConfigFileIsAUsageErrorOfOneLine() {
    // when
    Run run = run("--port", "0", "--config", dir.resolve("missing.json").toString());
    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.ownLines())
        .containsExactly(
            "mq-simulator: --config " + dir.resolve("missing.json") + ": no such file");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void aPortInUseIsARuntimeErrorOfOneLine() throws Exception {
    // given: a loopback port another socket holds
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      // when
      Run run = run("--port", String.valueOf(taken.getLocalPort()));
      // then
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.ownLines())
          .singleElement()
          .asString()
          .startsWith("mq-simulator: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
      assertThat(run.err()).doesNotContain("\tat ");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "--time-scale, 0, --time-scale must be a number above 0",
    "--time-scale, -1, --time-scale must be a number above 0",
    "--max-messages, 0, --max-messages must be 1 or more",
    "--max-messages, -1, --max-messages must be 1 or more",
    "--container-threads, 0, --container-threads must be 1 or more",
    "--topic, /, --topic takes TOPIC or INSTANCE/TOPIC",
    "--topic, a/b/c, --topic takes TOPIC or INSTANCE/TOPIC",
    "--topic, I1/, --topic takes TOPIC or INSTANCE/TOPIC",
  })
  void aValueOutOfItsRangeIsAUsageErrorNamingTheOption(String option, String value, String why) {
    // when
    Run run = run("--port", "0", option, value);
    // then: picocli's usage error (exit 2), saying why, before anything listens
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(why).doesNotContain("\tat ");
  }
}
