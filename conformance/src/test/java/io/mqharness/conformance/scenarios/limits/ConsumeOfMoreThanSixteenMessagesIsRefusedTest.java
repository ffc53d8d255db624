package io.mqharness.conformance.scenarios.limits;

import static io.mqharness.conformance.scenarios.limits.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.mqharness.protocol.limits.ProtocolLimits;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;

@Epic("Limits")
@Feature("Batch size")
class ConsumeOfMoreThanSixteenMessagesIsRefusedTest {
  @ClientScenario(spec = "§2.2")
  @Description(
      "SPEC §2.2: numOfMessages is 1..16; a consume of 17 is refused and takes nothing, so the next consume of 16 gets the message.")
  void seventeenIsRefusedAndTakesNothing(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    client.consume(topic.consume(target.group(), 1));
    client.publish(topic.message("still there"));
    // when / then
    assertRefused(
        () -> client.consume(topic.consume(target.group(), ProtocolLimits.MAX_NUM_OF_MESSAGES + 1)),
        "InvalidArgument");
    assertThat(client.consume(topic.consume(target.group(), ProtocolLimits.MAX_NUM_OF_MESSAGES)))
        .extracting(ReceivedMessage::body)
        .containsExactly("still there");
  }
}
