package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.ClientFailure;
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
import java.time.Duration;
import java.util.List;

@Epic("Round trips")
@Feature("Ack")
@Slow
class PartialAckAppliesTheValidHandlesTest {
  @ClientScenario(spec = "§7.3", capabilities = Capability.BATCH_ACK)
  @Description(
      "SPEC §7.3: an ack with one valid and one invalid handle fails for the invalid one only (ReceiptHandleError, reported per handle); the valid one is applied.")
  void validHandleIsAckedInvalidIsReported(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    client.publish(topic.message("good"));
    client.publish(topic.message("unacked"));
    List<ReceivedMessage> received = client.consume(topic.consume(target.group(), 16));
    ReceivedMessage good =
        received.stream().filter(m -> m.body().equals("good")).findFirst().orElseThrow();
    String bogus = "BOGUS-" + target.unique("handle");
    // when / then
    assertThatThrownBy(
            () -> client.ack(topic.handles(target.group(), List.of(good.receiptHandle(), bogus))))
        .isInstanceOfSatisfying(
            ClientFailure.class,
            failure -> {
              assertThat(failure.kind()).isEqualTo(ClientFailure.Kind.SERVICE);
              assertThat(failure.handleFailures())
                  .singleElement()
                  .satisfies(
                      h -> {
                        assertThat(h.receiptHandle()).isEqualTo(bogus);
                        assertThat(h.code()).isEqualTo("ReceiptHandleError");
                      });
            });
    Allure.step("let the invisibility time pass", () -> target.advance(Duration.ofSeconds(301)));
    assertThat(client.consume(topic.consume(target.group(), 16)))
        .extracting(ReceivedMessage::body)
        .containsExactly("unacked");
  }
}
