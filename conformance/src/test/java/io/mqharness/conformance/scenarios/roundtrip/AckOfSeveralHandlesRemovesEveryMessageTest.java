package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
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
class AckOfSeveralHandlesRemovesEveryMessageTest {
  @ClientScenario(spec = "§4.5, §7.3", capabilities = Capability.BATCH_ACK)
  @Description(
      "SPEC §4.5/§7.3: one ack carrying several receipt handles (204) removes every one of those messages.")
  void batchAckRemovesAll(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    for (String body : List.of("one", "two", "three")) {
      client.publish(topic.message(body));
    }
    List<ReceivedMessage> received = client.consume(topic.consume(target.group(), 16));
    // when
    Allure.step(
        "ack all three in one request",
        () -> client.ack(topic.handles(target.group(), Received.handles(received))));
    Allure.step("let the invisibility time pass", () -> target.advance(Duration.ofSeconds(301)));
    List<ReceivedMessage> again = client.consume(topic.consume(target.group(), 16));
    // then
    assertThat(received).hasSize(3);
    assertThat(again).isEmpty();
  }
}
