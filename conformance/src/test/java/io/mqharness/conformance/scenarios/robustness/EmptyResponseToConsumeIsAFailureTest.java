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
class EmptyResponseToConsumeIsAFailureTest {
  @ClientScenario(spec = "§2.5, §7", needs = TargetFeature.FAULT_INJECTION)
  @Description(
      "SPEC §2.5: a connection closed without any answer to a consume is a failure, not no message.")
  void emptyResponseIsReported(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    target.faults().inject(consumeFrom(topic).willReturn(FaultAnswers.fault(Fault.EMPTY_RESPONSE)));
    // when / then
    assertThatThrownBy(() -> client.consume(topic.consume(target.group(), 16)))
        .isInstanceOfSatisfying(
            ClientFailure.class,
            failure -> assertThat(failure.kind()).isNotEqualTo(ClientFailure.Kind.TIMEOUT));
  }
}
