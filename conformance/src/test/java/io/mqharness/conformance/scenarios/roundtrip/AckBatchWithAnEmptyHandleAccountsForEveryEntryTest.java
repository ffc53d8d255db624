package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Received;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

@Epic("Round trips")
@Feature("Ack")
class AckBatchWithAnEmptyHandleAccountsForEveryEntryTest {
  @ClientScenario(spec = "§7.3", capabilities = Capability.BATCH_ACK)
  @Description(
      "SPEC §4.5, §7.3: an ack of [valid, empty, valid] is never a plain success: either the service lists the empty entry (ReceiptHandleError) and acks the two valid ones, or the client refuses the empty handle before sending and acks nothing.")
  void theEmptyEntryIsReportedAndTheValidOnesAreAccountedFor(
      MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    client.publish(topic.message("first"));
    client.publish(topic.message("second"));
    List<String> handles = Received.handles(client.consume(topic.consume(target.group(), 16)));
    assertThat(handles).hasSize(2);
    // when
    ClientFailure failure =
        catchThrowableOfType(
            ClientFailure.class,
            () ->
                client.ack(
                    topic.handles(target.group(), List.of(handles.get(0), "", handles.get(1)))));
    // then
    assertThat(failure)
        .as("an empty handle in the batch must not vanish into a success")
        .isNotNull();
    Allure.step("the ack failed with " + failure);
    if (failure.kind() == ClientFailure.Kind.SERVICE) {
      assertThat(failure.handleFailures())
          .as("%s", failure)
          .singleElement()
          .satisfies(
              h -> {
                assertThat(h.receiptHandle()).isEmpty();
                assertThat(h.code()).isEqualTo("ReceiptHandleError");
              });
      Allure.step(
          "the valid handles were applied: acking them again fails",
          () ->
              assertThat(
                      catchThrowableOfType(
                          ClientFailure.class,
                          () -> client.ack(topic.handles(target.group(), handles))))
                  .isNotNull()
                  .satisfies(
                      f -> assertThat(ReceiptHandleCodes.of(f)).contains("ReceiptHandleError")));
    } else {
      assertThat(failure.kind()).as("%s", failure).isEqualTo(ClientFailure.Kind.CLIENT);
      Allure.step(
          "nothing was sent: the valid handles still ack",
          () -> client.ack(topic.handles(target.group(), handles)));
    }
    assertThat(client.consume(topic.consume(target.group(), 16)))
        .extracting(ReceivedMessage::body)
        .isEmpty();
  }
}
