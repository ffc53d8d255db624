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
class UnparsableErrorBodyIsAFailureNotNoMessageTest {
  @ClientScenario(spec = "§7.4 (unparsable error body)", needs = TargetFeature.FAULT_INJECTION)
  @Description("SPEC §7.4: a 404 whose body is not a readable Error is a failure, not no message.")
  void garbage404IsAFailure(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    target
        .faults()
        .inject(
            consumeFrom(topic).willReturn(FaultAnswers.xml(404, "<html><body>Not Found</body>")));
    // when / then
    assertThatThrownBy(() -> client.consume(topic.consume(target.group(), 16)))
        .isInstanceOf(ClientFailure.class);
  }
}
