package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.mqharness.simulator.targeting.TopicKind;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

@Epic("Round trips")
@Feature("Timer messages")
class TimerMessageInThePastIsDeliveredAtOnceTest {
  @ClientScenario(spec = "§6.4", capabilities = Capability.TIMER_MESSAGES)
  @Description("SPEC §6.4: a start-deliver time in the past delivers immediately.")
  void pastTimeDeliversNow(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic(TopicKind.TIMER);
    // when
    client.publish(topic.message("overdue").withStartDeliverTime(target.nowMillis() - 60_000));
    List<ReceivedMessage> received =
        Allure.step("consume at once", () -> client.consume(topic.consume(target.group(), 16)));
    // then
    assertThat(received).extracting(ReceivedMessage::body).containsExactly("overdue");
  }
}
