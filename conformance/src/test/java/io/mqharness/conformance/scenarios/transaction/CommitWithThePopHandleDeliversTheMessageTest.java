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
@Feature("Commit and rollback")
@Slow
class CommitWithThePopHandleDeliversTheMessageTest {
  @ClientScenario(spec = "§6.5 rules 6 and 7", capabilities = Capability.TRANSACTIONS)
  @Description(
      "SPEC §6.5 rules 6/7: a commit with the handle of the latest pop makes the message deliverable to consumers, once.")
  void checkedAndCommittedMessageArrives(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = HalfMessages.topic(target);
    HalfMessages.publishHalf(client, topic, "checked", "1");
    target.advance(HalfMessages.PAST_CHECK_IMMUNITY);
    ReceivedMessage popped = client.consumeHalf(topic.consume(target.group(), 16)).get(0);
    // when
    Allure.step(
        "commit with the pop handle",
        () -> client.commit(topic.handle(target.group(), popped.receiptHandle())));
    List<ReceivedMessage> received = client.consume(topic.consume(target.otherGroup(), 16));
    // then
    assertThat(received)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.messageId()).isEqualTo(popped.messageId());
              assertThat(m.consumedTimes()).isEqualTo(1);
            });
    target.advance(HalfMessages.PAST_RECHECK_WINDOW);
    assertThat(client.consumeHalf(topic.consume(target.group(), 16))).isEmpty();
  }
}
