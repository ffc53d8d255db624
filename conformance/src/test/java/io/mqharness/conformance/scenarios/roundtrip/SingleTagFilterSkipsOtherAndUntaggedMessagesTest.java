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
class SingleTagFilterSkipsOtherAndUntaggedMessagesTest {
  @ClientScenario(spec = "§6.2")
  @Description(
      "SPEC §6.2: tags match case-sensitively; a message without tag matches only when there is no filter.")
  void onlyTheExactTagMatches(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    Allure.step(
        "publish TagA, taga and an untagged message",
        () -> {
          client.publish(topic.message("a").withTag("TagA"));
          client.publish(topic.message("lower").withTag("taga"));
          client.publish(topic.message("none"));
        });
    // when
    List<ReceivedMessage> received =
        Allure.step(
            "consume with tag TagA",
            () -> client.consume(topic.consume(target.group(), 16).withTag("TagA")));
    // then
    assertThat(received).extracting(ReceivedMessage::body).containsExactly("a");
  }
}
