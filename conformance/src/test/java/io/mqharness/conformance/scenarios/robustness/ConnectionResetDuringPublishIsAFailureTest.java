package io.mqharness.conformance.scenarios.robustness;

import static io.mqharness.conformance.support.fault.FaultRequests.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
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
@Feature("Connection faults")
class ConnectionResetDuringPublishIsAFailureTest {
  @ClientScenario(spec = "§2.6 (retries), §7", needs = TargetFeature.FAULT_INJECTION)
  @Description(
      "SPEC §2.6/§7: a connection reset by the peer on every attempt surfaces as a failure within the time limit; the message is not reported as sent.")
  void resetIsReported(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    target
        .faults()
        .inject(publishTo(topic).willReturn(FaultAnswers.fault(Fault.CONNECTION_RESET_BY_PEER)));
    // when / then
    assertThatThrownBy(() -> client.publish(topic.message("reset")))
        .isInstanceOfSatisfying(
            ClientFailure.class,
            failure -> assertThat(failure.kind()).isNotEqualTo(ClientFailure.Kind.TIMEOUT));
  }
}
