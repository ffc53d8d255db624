package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Received;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

@Epic("Round trips")
@Feature("Consumer groups")
class GroupsConsumeIndependentlyTest {
  @ClientScenario(spec = "§1 (group id), §6.1, §9 Q1")
  @Description(
      "SPEC §1 and §6.1: every group subscribed to a topic gets every message, with its own delivery state; a message consumed and acked by one group is still delivered, for the first time, to another, even when that group consumes for the first time after the ack (SPEC §9 Q1: messages are kept for their retention, not until the groups known so far acked them).")
  void ackInOneGroupDoesNotTouchAnother(MqClientAdapter client, TargetControl target) {
    // given group A consumed and acked a message
    TestTopic topic = target.topic();
    client.publish(topic.message("shared"));
    List<ReceivedMessage> first = client.consume(topic.consume(target.group(), 16));
    Allure.step(
        "group A acks", () -> client.ack(topic.handles(target.group(), Received.handles(first))));
    // when
    List<ReceivedMessage> other =
        Allure.step(
            "group B consumes, for the first time",
            () -> client.consume(topic.consume(target.otherGroup(), 16)));
    // then
    assertThat(first).extracting(ReceivedMessage::body).containsExactly("shared");
    assertThat(other)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.body()).isEqualTo("shared");
              assertThat(m.consumedTimes()).isEqualTo(1);
            });
  }
}
