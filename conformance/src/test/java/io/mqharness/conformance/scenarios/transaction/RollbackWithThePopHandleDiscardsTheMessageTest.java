package io.mqharness.conformance.scenarios.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
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

@Epic("Transactions")
@Feature("Commit and rollback")
@Slow
class RollbackWithThePopHandleDiscardsTheMessageTest {
  @ClientScenario(spec = "§6.5 rule 6", capabilities = Capability.TRANSACTIONS)
  @Description(
      "SPEC §6.5 rule 6: a rollback with the latest pop handle discards the message: no consumer gets it, no check offers it again.")
  void checkedAndRolledBackMessageIsGone(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = HalfMessages.topic(target);
    HalfMessages.publishHalf(client, topic, "refused", "3");
    target.advance(HalfMessages.PAST_CHECK_IMMUNITY);
    ReceivedMessage popped = client.consumeHalf(topic.consume(target.group(), 16)).get(0);
    // when
    Allure.step(
        "roll back with the pop handle",
        () -> client.rollback(topic.handle(target.group(), popped.receiptHandle())));
    Allure.step(
        "let the re-check window pass", () -> target.advance(HalfMessages.PAST_RECHECK_WINDOW));
    // then
    assertThat(client.consume(topic.consume(target.group(), 16))).isEmpty();
    assertThat(client.consumeHalf(topic.consume(target.group(), 16))).isEmpty();
  }
}
