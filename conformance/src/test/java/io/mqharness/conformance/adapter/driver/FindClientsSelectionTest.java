package io.mqharness.conformance.adapter.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tools/find-clients.sh sets up only the clients a run selects (-Dclient, passed as --only):
 * nothing for a cmd: driver, so a driver author's loop runs no npm ci and builds no other SDK
 * (DRIVER.md §9).
 */
class FindClientsSelectionTest {
  @TempDir Path dir;

  @Test
  void aCommandClientSetsUpNoBundledSdk() throws Exception {
    // given: a Node.js folder whose npm ci would fail loudly, and a cmd: selection
    Properties found = run("cmd:./my-driver --flag");
    // then: nothing was tried, each is recorded as not selected
    assertThat(found.getProperty("node-sdk.source")).isEqualTo("missing");
    assertThat(found.getProperty("node-sdk.detail"))
        .isEqualTo("not selected (-Dclient=cmd:./my-driver --flag)");
    assertThat(found.getProperty("python-sdk.detail")).startsWith("not selected");
    assertThat(dir.resolve("out/node-sdk-npm.log")).doesNotExist();
  }

  @Test
  void aListSetsUpOnlyTheClientsItNames() throws Exception {
    // when: python-sdk is named, node-sdk is not
    Properties found = run("reference, python-sdk");
    // then: node-sdk is left alone; python-sdk was looked for (found or missing with a reason of
    // its own)
    assertThat(found.getProperty("node-sdk.detail")).startsWith("not selected");
    assertThat(found.getProperty("python-sdk.detail")).doesNotStartWith("not selected");
  }

  private Properties run(String only) throws IOException, InterruptedException {
    Path script =
        DriverPaths.fromSystemProperties()
            .driversDir()
            .getParent()
            .getParent()
            .resolve("tools/find-clients.sh");
    Files.createDirectories(dir.resolve("node"));
    Process process =
        new ProcessBuilder(
                List.of(
                    "bash",
                    script.toString(),
                    "--out",
                    dir.resolve("out").toString(),
                    "--npm",
                    "node-sdk=" + dir.resolve("node"),
                    "--python",
                    "python-sdk",
                    "--only",
                    only))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log").toFile())
            .start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    Properties found = new Properties();
    try (InputStream in = Files.newInputStream(dir.resolve("out/clients.properties"))) {
      found.load(in);
    }
    return found;
  }
}
