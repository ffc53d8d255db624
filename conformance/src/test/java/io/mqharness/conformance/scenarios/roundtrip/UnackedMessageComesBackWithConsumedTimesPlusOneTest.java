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
class UnackedMessageComesBackWithConsumedTimesPlusOneTest {
  @ClientScenario(spec = "§6.1")
  @Description(
      "SPEC §6.1: a message not acked within its invisibility time (300 s) is delivered again with the same id, ConsumedTimes + 1, a new receipt handle and the same FirstConsumeTime.")
  void unackedMessageIsRedelivered(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    client.publish(topic.message("retry me"));
    ReceivedMessage first = client.consume(topic.consume(target.group(), 1)).get(0);
    // when
    Allure.step(
        "let the invisibility time pass without ack",
        () -> target.advance(Duration.ofSeconds(301)));
    List<ReceivedMessage> again =
        Allure.step("consume again", () -> client.consume(topic.consume(target.group(), 1)));
    // then
    assertThat(again)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.messageId()).isEqualTo(first.messageId());
              assertThat(m.consumedTimes()).isEqualTo(first.consumedTimes() + 1);
              assertThat(m.receiptHandle()).isNotEqualTo(first.receiptHandle());
              assertThat(m.firstConsumeTime()).isEqualTo(first.firstConsumeTime());
            });
  }
}
