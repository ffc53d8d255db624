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
@Feature("Long poll")
class LongPollOfMoreThanThirtySecondsIsRefusedTest {
  @ClientScenario(spec = "§2.2, §2.6")
  @Description(
      "SPEC §2.2: waitseconds is 0..30; a long poll of 31 s is refused at once (not clamped and waited out) and takes nothing.")
  void thirtyOneSecondsAreRefused(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    client.consume(topic.consume(target.group(), 1));
    client.publish(topic.message("still there"));
    // when / then
    assertRefused(
        () ->
            client.consume(topic.longPoll(target.group(), 16, ProtocolLimits.MAX_WAIT_SECONDS + 1)),
        "InvalidArgument");
    assertThat(client.consume(topic.consume(target.group(), 16)))
        .extracting(ReceivedMessage::body)
        .containsExactly("still there");
  }
}
