package io.mqharness.conformance.scenarios.robustness;

import static io.mqharness.conformance.support.fault.FaultRequests.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.fault.FaultAnswers;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TargetFeature;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.mqharness.protocol.model.HandleError;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

@Epic("Robustness")
@Feature("Partial ack failure")
class PartialAckFailureReportsEachFailedHandleTest {
  @ClientScenario(
      spec = "§7.3, §4.6",
      needs = TargetFeature.FAULT_INJECTION,
      capabilities = io.mqharness.conformance.adapter.Capability.BATCH_ACK)
  @Description(
      "SPEC §7.3: an ack answered 404 <Errors> reports each failed handle with its code; the others count as acked.")
  void failedHandlesAreListed(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    target
        .faults()
        .inject(
            ackOn(topic)
                .willReturn(
                    FaultAnswers.handleErrors(
                        "9D2A0C1B3D4E5F60718293A4",
                        List.of(
                            new HandleError(
                                "ReceiptHandleError",
                                "The receipt handle you provide is not valid.",
                                "RH-2")))));
    // when / then
    assertThatThrownBy(() -> client.ack(topic.handles(target.group(), List.of("RH-1", "RH-2"))))
        .isInstanceOfSatisfying(
            ClientFailure.class,
            failure -> {
              assertThat(failure.kind()).isEqualTo(ClientFailure.Kind.SERVICE);
              assertThat(failure.handleFailures())
                  .singleElement()
                  .satisfies(
                      h -> {
                        assertThat(h.receiptHandle()).isEqualTo("RH-2");
                        assertThat(h.code()).isEqualTo("ReceiptHandleError");
                      });
            });
  }
}
