package io.mqharness.mock.sdk;

import io.mqharness.mock.testkit.StandaloneSimulator;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Java SDK (com.aliyun.mq:mq-http-sdk), in this JVM, runs its transactional sample against the standalone jar. */
class JavaSdkTransactionalIT {
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
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void consumerGetsTheCommittedMessages012AndNeverTheRolledBack3() throws Exception {
    // given: the simulator at time scale 10 (check immunity 10 s -> 1 s, re-check window 10 s -> 1 s)
    long started = System.nanoTime();

    // when
    SampleOutcome outcome = JavaSdkTransactionalSample.run(simulator.baseUrl(), SdkDrivers.ACCESS_KEY,
        SdkDrivers.SECRET_KEY, SdkDrivers.INSTANCE_ID, "TT_JAVA", SdkDrivers.GROUP_ID,
        Duration.ofSeconds(SdkDrivers.FLOW_DEADLINE_SECONDS));

    // then
    outcome.assertReferenceFlow(outcome.toJson() + "\n--- simulator (last lines) ---\n" + simulator.recentOutput(300));
    System.out.printf("[sdk-it] %s: passed in %d ms: %s%n", outcome.sdk(),
        Duration.ofNanos(System.nanoTime() - started).toMillis(), outcome.toJson());
  }
}
