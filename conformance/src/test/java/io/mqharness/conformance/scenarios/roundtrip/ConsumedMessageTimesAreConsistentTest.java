package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishResult;
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
@Feature("Message times")
class ConsumedMessageTimesAreConsistentTest {
  @ClientScenario(spec = "§4.4, §6.1")
  @Description(
      "SPEC §4.4/§6.1: PublishTime <= FirstConsumeTime <= NextConsumeTime, and NextConsumeTime is about 300 s (the invisibility time of normal messages) after the delivery.")
  void timesFollowTheLifecycle(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    PublishResult published = client.publish(topic.message("timed"));
    // when
    List<ReceivedMessage> received =
        Allure.step("consume", () -> client.consume(topic.consume(target.group(), 1)));
    // then
    assertThat(received)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.messageId()).isEqualTo(published.messageId());
              assertThat(m.publishTime()).isPositive().isLessThanOrEqualTo(m.firstConsumeTime());
              assertThat(m.firstConsumeTime()).isLessThanOrEqualTo(m.nextConsumeTime());
              assertThat(m.nextConsumeTime() - m.firstConsumeTime()).isBetween(295_000L, 305_000L);
            });
  }
}
