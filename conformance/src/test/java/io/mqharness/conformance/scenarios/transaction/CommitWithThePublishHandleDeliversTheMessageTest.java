package io.mqharness.conformance.scenarios.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
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

@Epic("Transactions")
@Feature("Commit and rollback")
class CommitWithThePublishHandleDeliversTheMessageTest {
  @ClientScenario(spec = "§6.5 rules 3 and 7", capabilities = Capability.TRANSACTIONS)
  @Description(
      "SPEC §6.5 rules 3/7: committing with the publish handle before the check immunity time ends makes the message deliverable, with its id and properties.")
  void committedMessageArrives(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = HalfMessages.topic(target);
    PublishResult half = HalfMessages.publishHalf(client, topic, "paid", "1");
    // when
    Allure.step(
        "commit with the publish handle",
        () -> client.commit(topic.handle(target.group(), half.receiptHandle())));
    List<ReceivedMessage> received =
        Allure.step("consume", () -> client.consume(topic.consume(target.group(), 16)));
    // then
    assertThat(received)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.messageId()).isEqualTo(half.messageId());
              assertThat(m.body()).isEqualTo("paid");
              assertThat(m.property("a")).isEqualTo("1");
              assertThat(m.consumedTimes()).isEqualTo(1);
            });
  }
}
