package io.mqharness.conformance.scenarios.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Slow;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;

@Epic("Transactions")
@Feature("Commit and rollback")
@Slow
class RollbackWithThePublishHandleDiscardsTheMessageTest {
  @ClientScenario(spec = "§6.5 rule 3", capabilities = Capability.TRANSACTIONS)
  @Description(
      "SPEC §6.5 rule 3: a rollback with the publish handle discards the half message: never consumed, never offered for a check.")
  void rolledBackMessageIsGone(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = HalfMessages.topic(target);
    PublishResult half = HalfMessages.publishHalf(client, topic, "cancelled", "1");
    // when
    Allure.step(
        "roll back with the publish handle",
        () -> client.rollback(topic.handle(target.group(), half.receiptHandle())));
    Allure.step(
        "let the check immunity time pass", () -> target.advance(HalfMessages.PAST_CHECK_IMMUNITY));
    // then
    assertThat(client.consume(topic.consume(target.group(), 16))).isEmpty();
    assertThat(client.consumeHalf(topic.consume(target.group(), 16))).isEmpty();
  }
}
