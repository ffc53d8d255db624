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
import java.util.List;

@Epic("Transactions")
@Feature("Transaction checks")
@Slow
class UndecidedHalfMessageIsOfferedAgainWithConsumedTimesPlusOneTest {
  @ClientScenario(spec = "§6.5 rules 5 and 9", capabilities = Capability.TRANSACTIONS)
  @Description(
      "SPEC §6.5 rules 5/9: a popped half message left undecided is offered again after the re-check window, with ConsumedTimes + 1 and a new handle.")
  void undecidedMessageComesBack(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = HalfMessages.topic(target);
    HalfMessages.publishHalf(client, topic, "maybe", "2");
    target.advance(HalfMessages.PAST_CHECK_IMMUNITY);
    List<ReceivedMessage> first = client.consumeHalf(topic.consume(target.group(), 16));
    // when
    Allure.step(
        "decide nothing; let the re-check window pass",
        () -> target.advance(HalfMessages.PAST_RECHECK_WINDOW));
    List<ReceivedMessage> second = client.consumeHalf(topic.consume(target.group(), 16));
    // then
    assertThat(first).singleElement().extracting(ReceivedMessage::consumedTimes).isEqualTo(1);
    assertThat(second)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.messageId()).isEqualTo(first.get(0).messageId());
              assertThat(m.consumedTimes()).isEqualTo(2);
              assertThat(m.receiptHandle()).isNotEqualTo(first.get(0).receiptHandle());
            });
  }
}
