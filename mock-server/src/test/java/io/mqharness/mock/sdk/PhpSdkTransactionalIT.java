package io.mqharness.mock.sdk;

import io.mqharness.mock.testkit.StandaloneSimulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PHP SDK (aliyunmq/mq-http-sdk 1.0.4 from Composer, else its sources in ../shared/clients/php with Debian's
 * Guzzle, as {@code tools/find-clients.sh} found it; skipped with the reason when neither is there) runs its
 * transactional sample, {@code transactional_sample.php}, against the standalone jar.
 */
class PhpSdkTransactionalIT {
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
    found.missing("php-sdk").ifPresent(reason -> Assumptions.abort("the PHP SDK is not here: " + reason));
    Map<String, String> env = SdkDrivers.env(simulator, "TT_PHP");
    env.putAll(found.phpLoader("php-sdk"));

    // when / then
    SdkDrivers.runAndCheck(simulator, List.of(found.php("php-sdk"), "transactional_sample.php"),
        SdkDrivers.testSourceDir().resolve("php"), env);
  }
}
