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
@Feature("4xx answers")
class TopicNotExistOnConsumeIsAnErrorNotNoMessageTest {
  @ClientScenario(spec = "§7.1, §7.4", needs = TargetFeature.FAULT_INJECTION)
  @Description(
      "SPEC §7.1/§7.4: only MessageNotExist means no message; a 404 TopicNotExist must surface as an error with its code.")
  void otherNotFoundCodesAreErrors(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    target
        .faults()
        .inject(
            consumeFrom(topic)
                .willReturn(FaultAnswers.error(404, "TopicNotExist", "8C2A0C1B3D4E5F60718293A4")));
    // when / then
    assertThatThrownBy(() -> client.consume(topic.consume(target.group(), 16)))
        .isInstanceOfSatisfying(
            ClientFailure.class,
            failure -> {
              assertThat(failure.kind()).isEqualTo(ClientFailure.Kind.SERVICE);
              assertThat(failure.code()).isEqualTo("TopicNotExist");
            });
  }
}
