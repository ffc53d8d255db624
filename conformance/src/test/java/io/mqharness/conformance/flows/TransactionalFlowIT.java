package io.mqharness.conformance.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.BundledClients;
import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.ClientRegistry;
import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.simulator.testkit.StandaloneSimulator;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each bundled client runs the transactional example flow ({@link TransactionalFlow}, SPEC §6.6)
 * against the standalone simulator jar, started by the test kit with {@code --time-scale 10} (check
 * immunity 10 s -> 1 s, re-check window 10 s -> 1 s), as a user runs it: the reference client and
 * the Java SDK in-process, the Node.js, Python, Go and PHP SDKs through their conformance drivers.
 * A client that cannot run here (tools/find-clients.sh found no SDK) is skipped with the reason.
 * About 5-10 s a client.
 */
class TransactionalFlowIT {
  private static final String ACCESS_KEY = "FlowAccessKey";
  private static final String SECRET_KEY = "FlowSecretKey";
  private static final String INSTANCE_ID = "MQ_INST_SIM";
  private static final String GROUP_ID = "GID_T";
  private static final Duration FLOW_DEADLINE = Duration.ofSeconds(40);

  private static StandaloneSimulator simulator;

  @BeforeAll
  static void startSimulator() {
    BundledClients.registerAll();
    simulator =
        StandaloneSimulator.launch()
            .options("--time-scale", "10", "--credentials", ACCESS_KEY + ":" + SECRET_KEY)
            .start();
  }

  @AfterAll
  static void stopSimulator() {
    if (simulator != null) {
      simulator.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"reference", "java-sdk", "node-sdk", "python-sdk", "go-sdk", "php-sdk"})
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void consumerGetsTheCommittedMessages012AndNeverTheRolledBack3(String client) throws Exception {
    // given: two connected adapters of the client, one for the producer and checker, one for the
    // consumer
    ClientRegistry.unavailableReason(client)
        .ifPresent(reason -> Assumptions.abort(client + " cannot run here: " + reason));
    try (MqClientAdapter producer = connected(client);
        MqClientAdapter consumer = connected(client)) {
      Assumptions.assumeTrue(
          producer.capabilities().contains(Capability.TRANSACTIONS),
          client + " has no transactions");
      String topic = "TT_" + client.replace("-sdk", "").toUpperCase(Locale.ROOT);

      // when
      TransactionalFlowOutcome outcome =
          new TransactionalFlow(INSTANCE_ID, topic, GROUP_ID, FLOW_DEADLINE)
              .run(producer, consumer);

      // then
      outcome.assertReferenceFlow(
          outcome.toJson() + "\n--- simulator (last lines) ---\n" + simulator.recentOutput(300));
      assertThat(outcome.elapsedMs()).isLessThan(FLOW_DEADLINE.toMillis() + 10_000);
      System.out.printf(
          "[transactional-flow] %s: passed in %d ms: %s%n",
          client, outcome.elapsedMs(), outcome.toJson());
    }
  }

  private static MqClientAdapter connected(String client) {
    MqClientAdapter adapter = ClientRegistry.create(client);
    adapter.connect(new Endpoint(simulator.baseUrl(), ACCESS_KEY, SECRET_KEY, null));
    return adapter;
  }
}
