package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

@Epic("Round trips")
@Feature("Ack")
class HandleRepeatedInOneAckIsAppliedOnceTest {
  @ClientScenario(spec = "§4.5", capabilities = Capability.BATCH_ACK)
  @Description(
      "SPEC §4.5, §7.3: an ack naming one handle twice acks the message once; the client either reports the repeat as a failed handle (ReceiptHandleError, the simulator's answer) or succeeds, and the message is acked either way.")
  void theMessageIsAckedOnceAndTheRepeatIsAccountedFor(
      MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    client.publish(topic.message("once"));
    String handle = client.consume(topic.consume(target.group(), 16)).get(0).receiptHandle();
    // when
    ClientFailure failure =
        catchThrowableOfType(
            ClientFailure.class,
            () -> client.ack(topic.handles(target.group(), List.of(handle, handle))));
    // then
    Allure.step(failure == null ? "the ack succeeded" : "the ack failed with " + failure);
    if (failure != null) {
      assertThat(failure.kind()).as("%s", failure).isEqualTo(ClientFailure.Kind.SERVICE);
      assertThat(failure.handleFailures())
          .as("%s", failure)
          .isNotEmpty()
          .allSatisfy(
              h -> {
                assertThat(h.receiptHandle()).isEqualTo(handle);
                assertThat(h.code()).isEqualTo("ReceiptHandleError");
              });
    }
    Allure.step(
        "the message was acked: its handle no longer acks",
        () ->
            assertThat(
                    catchThrowableOfType(
                        ClientFailure.class,
                        () -> client.ack(topic.handle(target.group(), handle))))
                .isNotNull()
                .satisfies(
                    f -> assertThat(ReceiptHandleCodes.of(f)).contains("ReceiptHandleError")));
  }
}
