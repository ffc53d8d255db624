package io.mqharness.conformance.support.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.targeting.TargetKind;
import io.mqharness.simulator.targeting.TargetOptions;
import io.mqharness.simulator.targeting.TargetSettings;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The suite's side of "one environment, one target": the variables below are the ones simulations'
 * {@code ConformanceReadsOneTargetTest} feeds the Gatling settings, and both must land on the same
 * endpoint, credentials and instance as simulator's reader gives.
 */
class ConformanceReadsOneTargetTest {
  static final Map<String, String> ENVIRONMENT =
      Map.of(
          "MQ_TARGET_URL", "http://127.0.0.1:18777",
          "MQ_TARGET_ACCESS_KEY_ID", "myak",
          "MQ_TARGET_ACCESS_KEY_SECRET", "mysk",
          "MQ_TARGET_INSTANCE_ID", "MQ_INST_shared");

  @Test
  void theEnvironmentNamesTheSuitesEndpointCredentialsAndInstance() {
    // when the run has no configuration parameters of its own
    TargetSettings settings =
        ConformanceTarget.settings(name -> Optional.empty(), ENVIRONMENT::get);
    // then
    assertThat(settings)
        .isEqualTo(TargetSettings.read(TargetOptions.of(name -> null, ENVIRONMENT::get)));
    assertThat(ConformanceTarget.endpoint(settings, settings.url().orElseThrow()))
        .isEqualTo(new Endpoint("http://127.0.0.1:18777", "myak", "mysk", null));
    assertThat(settings.instanceId()).hasValue("MQ_INST_shared");
  }

  @Test
  void aConfigurationParameterWinsOverItsEnvironmentVariable() {
    // given -Dmq.target.accessKeyId, which JUnit hands over as a configuration parameter
    Map<String, String> parameters = Map.of("mq.target.accessKeyId", "parameter-ak");
    // when
    TargetSettings settings =
        ConformanceTarget.settings(
            name -> Optional.ofNullable(parameters.get(name)), ENVIRONMENT::get);
    // then
    assertThat(settings.accessKeyId()).isEqualTo("parameter-ak");
    assertThat(settings.accessKeySecret()).isEqualTo("mysk");
  }

  @Test
  void anInstanceIdGivenEmptyIsTheInstanceWithoutNamespaceAndNotGivenIsTheDefault() {
    // given -Dmq.target.instanceId= (empty), which JUnit hands over as an empty configuration
    // parameter, and nothing
    TargetSettings empty =
        ConformanceTarget.settings(
            name -> name.equals("mq.target.instanceId") ? Optional.of("") : Optional.empty(),
            name -> null);
    TargetSettings notGiven = ConformanceTarget.settings(name -> Optional.empty(), name -> null);
    // when: the embedded simulator, as each run opens it
    try (ConformanceTarget withoutNamespace = ConformanceTarget.open(empty);
        ConformanceTarget byDefault = ConformanceTarget.open(notGiven)) {
      // then
      assertThat(withoutNamespace.instanceId()).isEmpty();
      assertThat(byDefault.instanceId()).isEqualTo(ConformanceTarget.DEFAULT_INSTANCE_ID);
    }
  }

  @Test
  void theSuiteReachesAStandaloneSimulatorWithTheEnvironmentsCredentials() {
    try (MqSimulator simulator =
        MqSimulator.start(
            SimulatorOptions.defaults()
                .withVirtualClock(true)
                .withCredentials(Map.of("myak", "mysk")))) {
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
      // when
      try (ConformanceTarget target =
          ConformanceTarget.open(
              ConformanceTarget.settings(name -> Optional.empty(), environment::get))) {
        // then
        assertThat(target.kind()).isEqualTo(TargetKind.STANDALONE_SIMULATOR);
        assertThat(target.clock().isVirtual()).isTrue();
        Endpoint endpoint = target.endpoint();
        assertThat(endpoint).isEqualTo(new Endpoint(simulator.baseUrl(), "myak", "mysk", null));
        MqClient client =
            MqClient.of(
                URI.create(endpoint.url()),
                Credentials.of(endpoint.accessKeyId(), endpoint.accessKeySecret()));
        client
            .producer(target.instanceId(), "T_ONE_ENVIRONMENT")
            .publish(TopicMessage.of("signed with myak"));
        assertThat(simulator.engine().snapshot().storedMessages()).isEqualTo(1);
      }
    }
  }
}
