package io.mqharness.mock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Python SDK (mq_http_sdk, source in shared/clients/python, stock python3) runs its transactional sample,
 * {@code transactional_sample.py}, against the standalone jar.
 */
class PythonSdkTransactionalIT {
  private static StandaloneSimulator simulator;

  @BeforeAll
  static void startSimulator() {
    simulator = StandaloneSimulator.start();
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
    Path sdk = SdkDrivers.sharedDir().resolve("clients/python");
    assertThat(Files.isRegularFile(sdk.resolve("mq_http_sdk/mq_client.py")))
        .as("the Python SDK source is not in %s (system property mq.shared.dir)", sdk).isTrue();
    Map<String, String> env = SdkDrivers.env(simulator, "TT_PY");
    env.put("PYTHONPATH", sdk.toString());
    env.put("PYTHONDONTWRITEBYTECODE", "1"); // leave no __pycache__ in shared/
    env.put("PYTHONUNBUFFERED", "1");

    // when / then
    SdkDrivers.runAndCheck(simulator, List.of("python3", "transactional_sample.py"),
        SdkDrivers.testSourceDir().resolve("python"), env);
  }
}
