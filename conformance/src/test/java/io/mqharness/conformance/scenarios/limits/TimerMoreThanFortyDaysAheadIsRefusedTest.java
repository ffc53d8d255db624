package io.mqharness.conformance.scenarios.limits;

import static io.mqharness.conformance.scenarios.limits.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.mqharness.protocol.limits.ProtocolLimits;
import io.mqharness.simulator.targeting.TopicKind;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.time.Duration;

@Epic("Limits")
@Feature("Timer delay")
class TimerMoreThanFortyDaysAheadIsRefusedTest {
  @ClientScenario(spec = "§6.4", capabilities = Capability.TIMER_MESSAGES)
  @Description(
      "SPEC §6.4, DOC-LIMITS: a timer may be set up to 40 days ahead; 40 days and a minute is refused, and neither is delivered now.")
  void fortyDaysPassFortyDaysAndAMinuteAreRefused(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic(TopicKind.TIMER);
    client.consume(topic.consume(target.group(), 1));
    long now = target.nowMillis();
    long fortyDays = ProtocolLimits.MAX_TIMER_DELAY.toMillis();
    // when
    client.publish(
        topic
            .message("due in 40 days")
            .withStartDeliverTime(now + fortyDays - Duration.ofMinutes(1).toMillis()));
    // then
    assertRefused(
        () ->
            client.publish(
                topic
                    .message("too far")
                    .withStartDeliverTime(now + fortyDays + Duration.ofMinutes(1).toMillis())),
        "InvalidArgument");
    assertThat(client.consume(topic.consume(target.group(), 16))).isEmpty();
  }
}
