package io.mqharness.conformance.scenarios.robustness;

import static io.mqharness.conformance.support.fault.FaultRequests.*;
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
@Feature("Malformed XML")
class MalformedPublishAnswerIsNotReportedAsSentTest {
  @ClientScenario(spec = "§4.3", needs = TargetFeature.FAULT_INJECTION)
  @Description(
      "SPEC §4.3: a publish answered 201 with a body that is not well-formed XML has no message id; a client must not report the message as sent.")
  void brokenPublishAnswerIsAFailure(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    target
        .faults()
        .inject(publishTo(topic).willReturn(FaultAnswers.xml(201, "<Message><MessageId>")));
    // when / then
    assertThatThrownBy(() -> client.publish(topic.message("sent?")))
        .isInstanceOf(ClientFailure.class);
  }
}
