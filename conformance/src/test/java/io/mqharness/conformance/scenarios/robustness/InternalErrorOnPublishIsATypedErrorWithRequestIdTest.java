package io.mqharness.conformance.scenarios.robustness;

import static io.mqharness.conformance.support.fault.FaultRequests.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.fault.FaultAnswers;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TargetFeature;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;

@Epic("Robustness")
@Feature("5xx answers")
class InternalErrorOnPublishIsATypedErrorWithRequestIdTest {
  @ClientScenario(spec = "§7.1, §7.4", needs = TargetFeature.FAULT_INJECTION)
  @Description(
      "SPEC §7.1/§7.4: a 500 InternalError answer to a publish surfaces as a service error with code InternalError and the request id; the message is not reported as sent (retries are allowed).")
  void publishFailsWithCodeAndRequestId(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    target
        .faults()
        .inject(
            publishTo(topic)
                .willReturn(FaultAnswers.error(500, "InternalError", "5F2A0C1B3D4E5F60718293A4")));
    // when / then
    assertThatThrownBy(() -> client.publish(topic.message("lost?")))
        .isInstanceOfSatisfying(
            ClientFailure.class,
            failure -> {
              assertThat(failure.kind()).isEqualTo(ClientFailure.Kind.SERVICE);
              assertThat(failure.code()).isEqualTo("InternalError");
              assertThat(failure.requestId()).isEqualTo("5F2A0C1B3D4E5F60718293A4");
            });
  }
}
