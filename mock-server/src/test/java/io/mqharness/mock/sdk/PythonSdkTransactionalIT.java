package io.mqharness.mock.sdk;

import io.mqharness.mock.testkit.StandaloneSimulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Python SDK (mq_http_sdk 1.0.3 from PyPI, else its sources in ../shared/clients/python, as
 * {@code tools/find-clients.sh} found it; skipped with the reason when neither is there) runs its transactional
 * sample, {@code transactional_sample.py}, against the standalone jar.
 */
class PythonSdkTransactionalIT {
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
    FoundClients found = FoundClients.load();
    found.missing("python-sdk").ifPresent(reason -> Assumptions.abort("the Python SDK is not here: " + reason));
    Map<String, String> env = SdkDrivers.env(simulator, "TT_PY");
    found.pythonPath("python-sdk").ifPresent(path -> env.put("PYTHONPATH", path));
    env.put("PYTHONDONTWRITEBYTECODE", "1"); // leave no __pycache__ beside the SDK's sources
    env.put("PYTHONUNBUFFERED", "1");

    // when / then
    SdkDrivers.runAndCheck(simulator, List.of(found.python("python-sdk"), "transactional_sample.py"),
        SdkDrivers.testSourceDir().resolve("python"), env);
  }
}
