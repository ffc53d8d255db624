package io.mqharness.conformance.scenarios.limits;

import static io.mqharness.conformance.scenarios.limits.Refusals.assertRefused;

import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.mqharness.protocol.limits.ProtocolLimits;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;

@Epic("Limits")
@Feature("Names")
class TopicNameLongerThanSixtyFourCharactersIsRefusedTest {
  @ClientScenario(spec = "§2.1")
  @Description(
      "SPEC §2.1, DOC-LIMITS: a topic name has at most 64 characters; a publish to a 65-character name is refused (InvalidArgument, or TopicNotExist where such a topic cannot exist), not reported as sent.")
  void aSixtyFiveCharacterTopicIsRefused(MqClientAdapter client, TargetControl target) {
    // given
    String name = (target.unique("T") + "_").replace('-', '_');
    TestTopic tooLong =
        new TestTopic(
            target.instanceId(),
            (name + "x".repeat(ProtocolLimits.MAX_TOPIC_NAME_CHARS))
                .substring(0, ProtocolLimits.MAX_TOPIC_NAME_CHARS + 1));
    // when / then
    assertRefused(
        () -> client.publish(tooLong.message("nowhere")), "InvalidArgument", "TopicNotExist");
  }
}
