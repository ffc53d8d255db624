package io.mqharness.mock.sdk;

import io.mqharness.mock.testkit.StandaloneSimulator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Go SDK (github.com/aliyunmq/mq-http-go-sdk 1.0.3; {@code tools/find-clients.sh} compiles
 * {@code src/test/go/transactional_sample.go} against it in pre-integration-test: module mode, else GOPATH mode with
 * ../shared/clients/go; skipped with the reason when it could not) runs its transactional sample against the
 * standalone jar.
 */
class GoSdkTransactionalIT {
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
    found.missing("go-sdk").ifPresent(reason -> Assumptions.abort("the Go SDK is not here: " + reason));
    String sample = found.binary("go-sdk")
        .orElseThrow(() -> new AssertionError("find-clients.sh found the Go SDK but recorded no go-sdk.binary"));

    // when / then
    SdkDrivers.runAndCheck(simulator, List.of(sample), SdkDrivers.testSourceDir().resolve("go"),
        SdkDrivers.env(simulator, "TT_GO"));
  }
}
