package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Duration;
import java.util.List;

@Epic("Round trips")
@Feature("Redelivery")
@Slow
class UnackedMessageStaysInvisibleUntilNextConsumeTimeTest {
  @ClientScenario(spec = "§6.1")
  @Description(
      "SPEC §6.1: after a delivery the message is hidden from its group until NextConsumeTime; the same group sees nothing before that.")
  void noRedeliveryBeforeTheInvisibilityEnds(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    client.publish(topic.message("hidden for a while"));
    client.consume(topic.consume(target.group(), 1));
    // when
    Allure.step("let 290 s of the 300 s pass", () -> target.advance(Duration.ofSeconds(290)));
    List<ReceivedMessage> again =
        Allure.step("consume again", () -> client.consume(topic.consume(target.group(), 16)));
    // then
    assertThat(again).isEmpty();
  }
}
