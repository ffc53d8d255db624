package io.mqharness.conformance.scenarios.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.ClientFailure;
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
class PublishHandleExpiresWithTheCheckImmunityTimeTest {
  @ClientScenario(spec = "§6.5 rule 3", capabilities = Capability.TRANSACTIONS)
  @Description(
      "SPEC §6.5 rule 3: the publish handle commits only before the check immunity time ends; later the commit fails with ReceiptHandleError and the client reports it, code and all.")
  void lateCommitWithThePublishHandleFails(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = HalfMessages.topic(target);
    PublishResult half = HalfMessages.publishHalf(client, topic, "too late", "1");
    Allure.step(
        "let the check immunity time pass", () -> target.advance(HalfMessages.PAST_CHECK_IMMUNITY));
    // when / then
    assertThatThrownBy(() -> client.commit(topic.handle(target.group(), half.receiptHandle())))
        .isInstanceOfSatisfying(
            ClientFailure.class,
            failure -> {
              assertThat(failure.kind()).isEqualTo(ClientFailure.Kind.SERVICE);
              assertThat(failure.code() + " " + failure.handleFailures())
                  .contains("ReceiptHandleError");
            });
  }
}
