package io.mqharness.simulator.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin client's answers, read from an embedded simulator on a virtual clock. */
class SimulatorAdminClientTest {
  private MqSimulator simulator;
  private SimulatorAdminClient admin;
  private MqClient client;

  @BeforeEach
  void start() {
    simulator =
        MqSimulator.start(SimulatorOptions.defaults().withVirtualClock(true).withJournalEntries(0));
    admin = new SimulatorAdminClient(simulator.baseUrl());
    client = DefaultClient.of(simulator.baseUrl());
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void countersCountPublishesAndAcceptedRequestsUntilAReset() {
    // given: two messages published
    client.producer("I1", "T1").publish(TopicMessage.of("m0"));
    client.producer("I1", "T1").publish(TopicMessage.of("m1"));

    // when
    SimulatorCounters counters = admin.counters();
    admin.reset();

    // then
    assertThat(counters.engine().published()).isEqualTo(2);
    assertThat(counters.engine().waitingConsumers()).isZero();
    assertThat(counters.wire().acceptedRequests()).isEqualTo(2);
    assertThat(admin.counters().engine().published()).isZero();
  }

  @Test
  void theVirtualClockMovesOnlyWhenAdvanced() {
    // given
    SimulatorClockState before = admin.clockState().orElseThrow();

    // when
    admin.advance(Duration.ofMinutes(5));

    // then
    assertThat(before.virtual()).isTrue();
    assertThat(admin.nowMillis()).isEqualTo(before.nowMillis() + 300_000);
    assertThat(admin.settings().path("virtualClock").asBoolean()).isTrue();
  }

  @Test
  void addedCredentialsAreListedWithoutTheirSecret() {
    // when
    admin.addCredentials("AK_KIT", "SK_KIT");

    // then
    assertThat(admin.accessKeyIds())
        .contains("AK_KIT", SimulatorOptions.DEFAULT_ACCESS_KEY_ID)
        .doesNotContain("SK_KIT");
  }

  @Test
  void declaredTopicsAndGroupsShowInTheState() {
    // when
    admin.declareTopic("I1", "T_KIT");
    admin.declareGroup("I1", "T_KIT", "GID_KIT");

    // then
    assertThat(admin.state().toString()).contains("T_KIT", "GID_KIT");
  }

  @Test
  void aRefusalOfTheAdminApiIsAnIllegalStateWithItsStatus() {
    assertThatThrownBy(() -> admin.declareGroup("I1", "", "GID_KIT"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("400");
  }
}
