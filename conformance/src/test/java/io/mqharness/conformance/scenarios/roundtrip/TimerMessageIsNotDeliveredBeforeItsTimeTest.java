package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Slow;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.mqharness.simulator.targeting.TopicKind;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.time.Duration;
import java.util.List;

@Epic("Round trips")
@Feature("Timer messages")
@Slow
class TimerMessageIsNotDeliveredBeforeItsTimeTest {
  @ClientScenario(spec = "§6.4, §5.3", capabilities = Capability.TIMER_MESSAGES)
  @Description(
      "SPEC §6.4: a message with __STARTDELIVERTIME = now + 60 s is invisible to every group until then, and delivered after.")
  void timerMessageWaitsForItsTime(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic(TopicKind.TIMER);
    long deliverAt = target.nowMillis() + 60_000;
    Allure.step(
        "publish for delivery in 60 s",
        () -> client.publish(topic.message("later").withStartDeliverTime(deliverAt)));
    // when
    List<ReceivedMessage> early = client.consume(topic.consume(target.group(), 16));
    Allure.step("let 50 s pass", () -> target.advance(Duration.ofSeconds(50)));
    List<ReceivedMessage> stillEarly = client.consume(topic.consume(target.group(), 16));
    Allure.step("let the delivery time pass", () -> target.advance(Duration.ofSeconds(12)));
    List<ReceivedMessage> onTime = client.consume(topic.consume(target.group(), 16));
    // then
    assertThat(early).isEmpty();
    assertThat(stillEarly).isEmpty();
    assertThat(onTime).extracting(ReceivedMessage::body).containsExactly("later");
  }
}
