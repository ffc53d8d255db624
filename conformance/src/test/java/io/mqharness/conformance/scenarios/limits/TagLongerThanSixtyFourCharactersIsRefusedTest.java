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
@Feature("Tag")
class TagLongerThanSixtyFourCharactersIsRefusedTest {
  @ClientScenario(spec = "§4.2")
  @Description("SPEC §4.2: a tag may have 64 characters; 65 are refused and never delivered.")
  void sixtyFourCharactersPassSixtyFiveAreRefused(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    client.consume(topic.consume(target.group(), 1));
    String tag = "T".repeat(ProtocolLimits.MAX_TAG_CHARS);
    // when
    client.publish(topic.message("tagged").withTag(tag));
    // then
    assertRefused(
        () -> client.publish(topic.message("over").withTag(tag + "T")), "InvalidArgument");
    assertThat(client.consume(topic.consume(target.group(), 16)))
        .extracting(ReceivedMessage::body)
        .containsExactly("tagged");
  }
}
