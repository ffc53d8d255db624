package io.mqharness.simulator.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.testkit.DefaultClient;
import org.junit.jupiter.api.Test;

/** The planted leak keeps every request it sees, and the simulator answers as before. */
class PlantedLeakTest {
  @Test
  void everyRequestServedIsKeptForGood() {
    // given: a simulator without journal, with the leak planted
    try (MqSimulator simulator =
        MqSimulator.start(SimulatorOptions.defaults().withJournalEntries(0))) {
      PlantedLeak leak = PlantedLeak.plantIn(simulator);
      MqClient client = DefaultClient.of(simulator.baseUrl());

      // when
      for (int i = 0; i < 25; i++) {
        client.producer("I1", "T1").publish(TopicMessage.of("m" + i));
      }

      // then
      assertThat(leak.size()).isEqualTo(25);
      assertThat(simulator.engine().snapshot().storedMessages()).isEqualTo(25);
    }
  }
}
