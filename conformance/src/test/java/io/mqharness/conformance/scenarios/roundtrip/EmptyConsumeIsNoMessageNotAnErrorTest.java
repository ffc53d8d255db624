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
@Feature("No message")
class EmptyConsumeIsNoMessageNotAnErrorTest {
  @ClientScenario(spec = "§2.5, §7.4")
  @Description(
      "SPEC §2.5/§7.4: a consume with nothing to deliver is answered 404 MessageNotExist, which a client reports as no message (an empty list), not as an error.")
  void emptyTopicGivesAnEmptyList(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    // when
    List<ReceivedMessage> received =
        Allure.step(
            "short poll an empty topic", () -> client.consume(topic.consume(target.group(), 16)));
    // then
    assertThat(received).isEmpty();
  }
}
