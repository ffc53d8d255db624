package io.mqharness.conformance.scenarios.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Slow;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.time.Duration;

@Epic("Robustness")
@Feature("Expired handles")
@Slow
class ExpiredReceiptHandleAckIsReportedTest {
  @ClientScenario(spec = "§6.1, §7.1 (ReceiptHandleError)")
  @Description(
      "SPEC §6.1: a handle is valid only until NextConsumeTime; an ack after that fails with ReceiptHandleError, which the client reports instead of pretending the ack worked.")
  void lateAckFails(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    client.publish(topic.message("expires"));
    String handle = client.consume(topic.consume(target.group(), 1)).get(0).receiptHandle();
    Allure.step("let the handle expire", () -> target.advance(Duration.ofSeconds(301)));
    // when / then
    assertThatThrownBy(() -> client.ack(topic.handle(target.group(), handle)))
        .isInstanceOfSatisfying(
            ClientFailure.class,
            failure -> {
              assertThat(failure.kind()).isEqualTo(ClientFailure.Kind.SERVICE);
              assertThat(failure.code() + " " + failure.handleFailures())
                  .contains("ReceiptHandleError");
            });
  }
}
