package io.mqharness.simulator.wiremock.journal;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.testkit.DefaultClient;
import org.junit.jupiter.api.Test;

/**
 * The request journal of a running simulator, kept in the simulator's own store: verify() and the
 * admin API.
 */
class JournalOverHttpTest {

  @Test
  void verifyAndTheAdminApiSeeTheNewestRequestsUpToTheJournalSize() {
    // given a simulator whose journal keeps 5 requests
    try (MqSimulator simulator =
        MqSimulator.start(SimulatorOptions.defaults().withJournalEntries(5))) {
      MqClient client = DefaultClient.of(simulator.baseUrl());
      // when 3 publishes to one topic, then 4 to another
      for (int i = 0; i < 3; i++) {
        client.producer("", "T_OLD").publish(TopicMessage.of("old " + i));
      }
      for (int i = 0; i < 4; i++) {
        client.producer("", "T_NEW").publish(TopicMessage.of("new " + i));
      }
      // then the journal holds the 5 newest, newest first
      simulator.wireMock().verify(4, postRequestedFor(urlPathEqualTo("/topics/T_NEW/messages")));
      simulator.wireMock().verify(1, postRequestedFor(urlPathEqualTo("/topics/T_OLD/messages")));
      assertThat(simulator.wireMock().getAllServeEvents())
          .extracting(e -> e.getRequest().getUrl())
          .containsExactly(
              "/topics/T_NEW/messages",
              "/topics/T_NEW/messages",
              "/topics/T_NEW/messages",
              "/topics/T_NEW/messages",
              "/topics/T_OLD/messages");
      assertThat(simulator.wireMock().getAllServeEvents().get(0).getResponse().getStatus())
          .isEqualTo(201);
    }
  }

  @Test
  void resetEmptiesTheJournal() {
    // given
    try (MqSimulator simulator = MqSimulator.start(SimulatorOptions.defaults())) {
      MqClient client = DefaultClient.of(simulator.baseUrl());
      client.producer("", "T1").publish(TopicMessage.of("x"));
      // when
      simulator.reset();
      // then
      assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }
  }
}
