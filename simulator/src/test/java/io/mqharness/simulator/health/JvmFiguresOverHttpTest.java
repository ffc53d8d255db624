package io.mqharness.simulator.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.testkit.DefaultClient;
import io.mqharness.simulator.testkit.SimulatorAdminClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /__admin/mq/jvm} and {@code POST /__admin/mq/jvm/gc}, read through {@link
 * SimulatorAdminClient}.
 */
class JvmFiguresOverHttpTest {
  private MqSimulator simulator;
  private SimulatorAdminClient admin;

  @BeforeEach
  void start() {
    simulator = MqSimulator.start(SimulatorOptions.defaults().withJournalEntries(0));
    admin = new SimulatorAdminClient(simulator.baseUrl());
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void theFiguresCountStoredMessagesThreadsAndTheHeapAfterAnExplicitCollection() {
    // given: three messages published and not consumed
    MqClient client = DefaultClient.of(simulator.baseUrl());
    for (int i = 0; i < 3; i++) {
      client.producer("I1", "T1").publish(TopicMessage.of("m" + i));
    }
    long collectionsBefore = admin.jvm(false).gcCount();

    // when
    JvmFigures figures = admin.jvm(true);

    // then
    assertThat(figures.explicitGc()).isTrue();
    assertThat(figures.gcCount()).isGreaterThan(collectionsBefore);
    assertThat(figures.storedMessages()).isEqualTo(3);
    assertThat(figures.heapUsedAfterGcBytes())
        .isPositive()
        .isLessThanOrEqualTo(figures.heapCommittedBytes());
    assertThat(figures.liveThreads()).isPositive().isLessThanOrEqualTo(figures.peakThreads());
    assertThat(figures.uptimeMillis()).isPositive();
  }

  @Test
  void openConnectionsCountTheKeepAliveConnectionOfTheAsker() {
    // when: the admin client's own keep-alive connection is open while it asks
    JvmFigures figures = admin.jvm(false);

    // then
    assertThat(figures.explicitGc()).isFalse();
    assertThat(figures.openConnections()).isGreaterThanOrEqualTo(1);
  }
}
