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
class MalformedSuccessBodyOnConsumeIsAFailureTest {
  @ClientScenario(spec = "§4.4, §7.4", needs = TargetFeature.FAULT_INJECTION)
  @Description(
      "SPEC §4.4: a 200 consume answer that is not well-formed XML is a failure; a client must not report it as no message or invent messages.")
  void truncatedMessagesIsAFailure(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    target
        .faults()
        .inject(
            consumeFrom(topic)
                .willReturn(
                    FaultAnswers.xml(
                        200,
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Messages xmlns=\"http://mq.aliyuncs.com/doc/v1/\"><Message><MessageId>0B0A")));
    // when / then
    assertThatThrownBy(() -> client.consume(topic.consume(target.group(), 16)))
        .isInstanceOf(ClientFailure.class);
  }
}
