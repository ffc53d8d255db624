package io.mqharness.conformance.scenarios.limits;

import static io.mqharness.conformance.scenarios.limits.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Slow;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.mqharness.protocol.limits.ProtocolLimits;
import io.mqharness.simulator.targeting.TopicKind;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.time.Duration;

@Epic("Limits")
@Feature("Message size")
@Slow
class OversizedTimerMessageIsRefusedTest {
  @ClientScenario(spec = "§4.2, §6.4", capabilities = Capability.TIMER_MESSAGES)
  @Description(
      "SPEC §4.2, §6.4, DOC-LIMITS: a timer message's body may be 64 KB; one byte more is refused and never delivered.")
  void sixtyFourKilobytesPassOneByteMoreIsRefused(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic(TopicKind.TIMER);
    client.consume(topic.consume(target.group(), 1));
    long in10s = target.nowMillis() + 10_000;
    int limit = ProtocolLimits.MAX_TRANSACTIONAL_OR_TIMER_BODY_BYTES;
    // when
    PublishResult accepted =
        client.publish(topic.message("a".repeat(limit)).withStartDeliverTime(in10s));
    // then
    assertRefused(
        () -> client.publish(topic.message("b".repeat(limit + 1)).withStartDeliverTime(in10s)),
        "InvalidArgument");
    Allure.step("let the timer fire", () -> target.advance(Duration.ofSeconds(11)));
    assertThat(client.consume(topic.consume(target.group(), 16)))
        .extracting(ReceivedMessage::messageId)
        .containsExactly(accepted.messageId());
  }
}
