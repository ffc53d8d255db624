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
class TagFilterReturnsOnlyMatchingTagsTest {
  @ClientScenario(spec = "§6.2, §2.3")
  @Description(
      "SPEC §6.2: a consumer filtering TagA||TagB receives the messages tagged TagA or TagB and nothing else (the filter travels percent-encoded, §2.3).")
  void eitherTagMatches(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    Allure.step(
        "publish TagA, TagB, TagC and an untagged message",
        () -> {
          client.publish(topic.message("a").withTag("TagA"));
          client.publish(topic.message("b").withTag("TagB"));
          client.publish(topic.message("c").withTag("TagC"));
          client.publish(topic.message("none"));
        });
    // when
    List<ReceivedMessage> received =
        Allure.step(
            "consume with tag TagA||TagB",
            () -> client.consume(topic.consume(target.group(), 16).withTag("TagA||TagB")));
    // then
    assertThat(received).extracting(ReceivedMessage::body).containsExactlyInAnyOrder("a", "b");
  }
}
