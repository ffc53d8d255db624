package io.mqharness.conformance.scenarios.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Slow;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

@Epic("Transactions")
@Feature("Half messages")
@Slow
class HalfMessageIsInvisibleToConsumersTest {
  @ClientScenario(spec = "§6.5 rule 4", capabilities = Capability.TRANSACTIONS)
  @Description(
      "SPEC §6.5 rule 4: an undecided half message is never returned by a normal consume, before or after its check immunity time.")
  void consumersNeverSeeHalfMessages(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = HalfMessages.topic(target);
    HalfMessages.publishHalf(client, topic, "undecided", "0");
    // when
    List<ReceivedMessage> before = client.consume(topic.consume(target.group(), 16));
    Allure.step(
        "let the check immunity time pass", () -> target.advance(HalfMessages.PAST_CHECK_IMMUNITY));
    List<ReceivedMessage> after = client.consume(topic.consume(target.group(), 16));
    // then
    assertThat(before).isEmpty();
    assertThat(after).isEmpty();
  }
}
