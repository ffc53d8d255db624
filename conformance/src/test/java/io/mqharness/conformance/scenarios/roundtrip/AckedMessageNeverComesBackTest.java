package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Received;
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
@Feature("Ack")
@Slow
class AckedMessageNeverComesBackTest {
  @ClientScenario(spec = "§6.1, §4.5")
  @Description(
      "SPEC §6.1: an acked message is removed for its group and never delivered again, also after its invisibility time.")
  void ackedMessageIsGone(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    client.publish(topic.message("done"));
    List<ReceivedMessage> received = client.consume(topic.consume(target.group(), 1));
    // when
    Allure.step("ack", () -> client.ack(topic.handles(target.group(), Received.handles(received))));
    Allure.step("let the invisibility time pass", () -> target.advance(Duration.ofSeconds(301)));
    List<ReceivedMessage> again =
        Allure.step("consume again", () -> client.consume(topic.consume(target.group(), 16)));
    // then
    assertThat(received).hasSize(1);
    assertThat(again).isEmpty();
  }
}
