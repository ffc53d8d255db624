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
}
