package io.mqharness.mock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.mock.testkit.StandaloneSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Node.js SDK (@aliyunmq/mq-http-sdk, installed by {@code npm ci} in src/test/node during pre-integration-test;
 * skipped with the reason when npm could not) runs its transactional sample, {@code transactional-sample.js}, against the standalone jar.
 */
class NodeSdkTransactionalIT {
  private static StandaloneSimulator simulator;

  @BeforeAll
  static void startSimulator() {
    simulator = SdkDrivers.startSimulator();
  }

  @AfterAll
  static void stopSimulator() {
    if (simulator != null) {
      simulator.close();
    }
  }

  @Test
  void consumerGetsTheCommittedMessages012AndNeverTheRolledBack3() throws Exception {
    // given
    FoundClients.load().missing("node-sdk").ifPresent(reason -> Assumptions.abort("the Node.js SDK is not here: " + reason));
    Path dir = SdkDrivers.testSourceDir().resolve("node");
    assertThat(Files.isDirectory(dir.resolve("node_modules/@aliyunmq/mq-http-sdk")))
        .as("npm ci said it installed the Node SDK in %s, but it is not there", dir).isTrue();

    // when / then
    SdkDrivers.runAndCheck(simulator, List.of("node", "transactional-sample.js"), dir,
        SdkDrivers.env(simulator, "TT_NODE"));
  }
}
