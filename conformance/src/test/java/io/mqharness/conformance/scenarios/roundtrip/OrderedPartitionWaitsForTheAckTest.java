package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Received;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.mqharness.simulator.targeting.TopicKind;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

@Epic("Round trips")
@Feature("Ordered messages")
class OrderedPartitionWaitsForTheAckTest {
  @ClientScenario(spec = "§6.3", capabilities = Capability.ORDERED_CONSUME)
  @Description(
      "SPEC §6.3: while a delivered message of a partition is not acked, no later message of that partition is delivered.")
  void nextMessageOnlyAfterAck(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic(TopicKind.ORDERED);
    client.publish(topic.message("first").withShardingKey("k"));
    client.publish(topic.message("second").withShardingKey("k"));
    List<ReceivedMessage> first = client.consume(topic.consume(target.group(), 1).inOrder());
    // when
    List<ReceivedMessage> whileUnacked =
        Allure.step(
            "consume before the ack",
            () -> client.consume(topic.consume(target.group(), 16).inOrder()));
    Allure.step(
        "ack the first", () -> client.ack(topic.handles(target.group(), Received.handles(first))));
    List<ReceivedMessage> afterAck =
        Allure.step(
            "consume after the ack",
            () -> client.consume(topic.consume(target.group(), 16).inOrder()));
    // then
    assertThat(first).extracting(ReceivedMessage::body).containsExactly("first");
    assertThat(whileUnacked).isEmpty();
    assertThat(afterAck).extracting(ReceivedMessage::body).containsExactly("second");
  }
}
