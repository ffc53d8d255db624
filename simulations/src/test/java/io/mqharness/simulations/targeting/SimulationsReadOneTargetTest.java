package io.mqharness.simulations.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.targeting.TargetKind;
import io.mqharness.simulator.targeting.TargetOptions;
import io.mqharness.simulator.targeting.TargetSettings;
import io.mqharness.simulator.targeting.TopicKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The simulations' side of "one environment, one target": the variables below are the ones the
 * conformance suite's {@code SimulationsReadOneTargetTest} feeds its target settings, and both must
 * land on the same endpoint, credentials and instance as simulator's reader gives.
 */
class SimulationsReadOneTargetTest {
  static final Map<String, String> ENVIRONMENT =
      Map.of(
          "MQ_TARGET_URL", "http://127.0.0.1:18777",
          "MQ_TARGET_ACCESS_KEY_ID", "myak",
          "MQ_TARGET_ACCESS_KEY_SECRET", "mysk",
          "MQ_TARGET_INSTANCE_ID", "MQ_INST_shared");

  private static HarnessSettings settings(Map<String, String> environment) {
    return HarnessSettings.from(
        name -> null, environment::get, TopicKind.NORMAL, "T_DEFAULT", "GID_DEFAULT");
  }

  @Test
  void theEnvironmentNamesTheRunsEndpointCredentialsAndInstance() {
    // when no system property is set
    HarnessSettings settings = settings(ENVIRONMENT);
    // then
    assertThat(settings.target())
        .isEqualTo(TargetSettings.read(TargetOptions.of(name -> null, ENVIRONMENT::get)));
    assertThat(settings.target().url()).hasValue("http://127.0.0.1:18777");
    assertThat(settings.target().credentials()).isEqualTo(Credentials.of("myak", "mysk"));
    assertThat(settings.instanceId()).isEqualTo("MQ_INST_shared");
    assertThat(settings.describe())
        .containsEntry("target", "http://127.0.0.1:18777")
        .containsEntry("accessKeyId", "myak");
  }

  @Test
  void theRunReachesAStandaloneSimulatorWithTheEnvironmentsCredentials() {
    try (MqSimulator simulator =
        MqSimulator.start(SimulatorOptions.defaults().withCredentials(Map.of("myak", "mysk")))) {
      // given the environment pointing at a simulator that accepts only myak / mysk
      Map<String, String> environment =
          Map.of(
              "MQ_TARGET_URL",
              simulator.baseUrl(),
              "MQ_TARGET_ACCESS_KEY_ID",
              "myak",
              "MQ_TARGET_ACCESS_KEY_SECRET",
              "mysk",
              "MQ_TARGET_INSTANCE_ID",
              "MQ_INST_shared");
      HarnessSettings settings = settings(environment);
      // when
      try (SimulationTarget target = SimulationTarget.open(settings)) {
        // then
        assertThat(target.description().kind()).isEqualTo(TargetKind.STANDALONE_SIMULATOR);
        assertThat(target.baseUrl()).isEqualTo(simulator.baseUrl());
        assertThat(target.credentials()).isEqualTo(Credentials.of("myak", "mysk"));
        target
            .client()
            .producer(settings.instanceId(), settings.topic())
            .publish(TopicMessage.of("signed with myak"));
        assertThat(simulator.engine().snapshot().storedMessages()).isEqualTo(1);
      }
    }
  }

  @Test
  void theEmbeddedSimulatorAcceptsTheConfiguredCredentials() {
    HarnessSettings settings =
        settings(Map.of("MQ_TARGET_ACCESS_KEY_ID", "myak", "MQ_TARGET_ACCESS_KEY_SECRET", "mysk"));
    try (SimulationTarget target = SimulationTarget.open(settings)) {
      assertThat(target.description().kind()).isEqualTo(TargetKind.EMBEDDED_SIMULATOR);
      target
          .client()
          .producer(settings.instanceId(), settings.topic())
          .publish(TopicMessage.of("signed with myak"));
    }
  }
}
