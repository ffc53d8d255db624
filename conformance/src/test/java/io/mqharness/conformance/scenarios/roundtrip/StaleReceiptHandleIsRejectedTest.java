package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Slow;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.time.Duration;

@Epic("Round trips")
@Feature("Receipt handles")
@Slow
class StaleReceiptHandleIsRejectedTest {
  @ClientScenario(spec = "§6.1, §7.1")
  @Description(
      "SPEC §6.1: only the latest delivery's handle is valid; an ack with the handle of an earlier delivery fails with ReceiptHandleError and the client reports it.")
  void handleOfAnEarlierDeliveryFails(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    client.publish(topic.message("twice"));
    String stale = client.consume(topic.consume(target.group(), 1)).get(0).receiptHandle();
    target.advance(Duration.ofSeconds(301));
    assertThat(client.consume(topic.consume(target.group(), 1))).hasSize(1);
    // when / then
    assertThatThrownBy(() -> client.ack(topic.handle(target.group(), stale)))
        .isInstanceOfSatisfying(
            ClientFailure.class,
            failure -> assertThat(ReceiptHandleCodes.of(failure)).contains("ReceiptHandleError"));
  }
}
