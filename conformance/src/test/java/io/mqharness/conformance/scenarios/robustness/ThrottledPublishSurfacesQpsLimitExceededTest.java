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
@Feature("Throttling")
class ThrottledPublishSurfacesQpsLimitExceededTest {
  @ClientScenario(spec = "§7.1 (QpsLimitExceeded)", needs = TargetFeature.FAULT_INJECTION)
  @Description(
      "SPEC §7.1: a 503 QpsLimitExceeded answer surfaces as a service error with that code and the request id, so callers can back off.")
  void throttlingIsReported(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    target
        .faults()
        .inject(
            publishTo(topic)
                .willReturn(
                    FaultAnswers.error(503, "QpsLimitExceeded", "7B2A0C1B3D4E5F60718293A4")));
    // when / then
    assertThatThrownBy(() -> client.publish(topic.message("too fast")))
        .isInstanceOfSatisfying(
            ClientFailure.class,
            failure -> {
              assertThat(failure.kind()).isEqualTo(ClientFailure.Kind.SERVICE);
              assertThat(failure.code()).isEqualTo("QpsLimitExceeded");
              assertThat(failure.requestId()).isEqualTo("7B2A0C1B3D4E5F60718293A4");
            });
  }
}
