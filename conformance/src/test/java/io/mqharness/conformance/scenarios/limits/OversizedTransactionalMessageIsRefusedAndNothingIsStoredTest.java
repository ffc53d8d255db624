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
import java.util.List;

@Epic("Limits")
@Feature("Message size")
@Slow
class OversizedTransactionalMessageIsRefusedAndNothingIsStoredTest {
  @ClientScenario(spec = "§4.2", capabilities = Capability.TRANSACTIONS)
  @Description(
      "SPEC §4.2, DOC-LIMITS: a transactional message's body may be 64 KB; 100 KB is refused (InvalidArgument, or the client's own typed error) and nothing of it is stored.")
  void sixtyFourKilobytesPassOneHundredAreRefused(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic(TopicKind.TRANSACTIONAL);
    String atLimit = "a".repeat(ProtocolLimits.MAX_TRANSACTIONAL_OR_TIMER_BODY_BYTES);
    // when
    PublishResult accepted =
        client.publish(topic.message(atLimit).withTransCheckImmunitySeconds(10));
    // then
    assertRefused(
        () ->
            client.publish(topic.message("b".repeat(100 * 1024)).withTransCheckImmunitySeconds(10)),
        "InvalidArgument");
    Allure.step("let the check immunity time pass", () -> target.advance(Duration.ofSeconds(11)));
    List<ReceivedMessage> due = client.consumeHalf(topic.consume(target.group(), 16));
    assertThat(due).extracting(ReceivedMessage::messageId).containsExactly(accepted.messageId());
    client.rollback(topic.handle(target.group(), due.get(0).receiptHandle()));
  }
}
