package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

@Epic("Round trips")
@Feature("Tag filters")
class ConsumerWithoutTagReceivesEveryMessageTest {
  @ClientScenario(spec = "§6.2")
  @Description("SPEC §6.2: without a tag filter every message matches, tagged or not.")
  void noFilterMeansAllMessages(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    Allure.step(
        "publish TagA, TagB and an untagged message",
        () -> {
          client.publish(topic.message("a").withTag("TagA"));
          client.publish(topic.message("b").withTag("TagB"));
          client.publish(topic.message("none"));
        });
    // when
    List<ReceivedMessage> received =
        Allure.step("consume without tag", () -> client.consume(topic.consume(target.group(), 16)));
    // then
    assertThat(received)
        .extracting(ReceivedMessage::body)
        .containsExactlyInAnyOrder("a", "b", "none");
  }
}
