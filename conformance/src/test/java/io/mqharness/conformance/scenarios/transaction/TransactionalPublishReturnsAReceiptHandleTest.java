package io.mqharness.conformance.scenarios.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;

@Epic("Transactions")
@Feature("Half messages")
class TransactionalPublishReturnsAReceiptHandleTest {
  @ClientScenario(spec = "§6.5 rule 2", capabilities = Capability.TRANSACTIONS)
  @Description(
      "SPEC §6.5 rule 2: the publish answer of a half message carries the receipt handle that commits or rolls it back; a normal publish answer carries none.")
  void onlyHalfMessagesGetAHandle(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = HalfMessages.topic(target);
    // when
    PublishResult half =
        Allure.step(
            "publish a half message", () -> HalfMessages.publishHalf(client, topic, "half", "0"));
    PublishResult normal =
        Allure.step("publish a normal message", () -> client.publish(topic.message("normal")));
    // then
    assertThat(half.receiptHandle()).isNotBlank();
    assertThat(normal.receiptHandle()).isNull();
  }
}
