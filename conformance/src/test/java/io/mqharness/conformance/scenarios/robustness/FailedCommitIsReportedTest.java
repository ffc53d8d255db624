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
import io.mqharness.simulator.targeting.TopicKind;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

@Epic("Robustness")
@Feature("Partial ack failure")
class FailedCommitIsReportedTest {
  @ClientScenario(
      spec = "§7.3, §6.5 rule 6",
      needs = TargetFeature.FAULT_INJECTION,
      capabilities = io.mqharness.conformance.adapter.Capability.TRANSACTIONS)
  @Description(
      "SPEC §7.3/§6.5: a commit answered 404 <Errors> (ReceiptHandleError) is a failure; the client must not report the transaction as committed.")
  void failedCommitIsAFailure(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic(TopicKind.TRANSACTIONAL);
    target
        .faults()
        .inject(
            commitOn(topic)
                .willReturn(
                    FaultAnswers.handleErrors(
                        "AE2A0C1B3D4E5F60718293A4",
                        List.of(
                            new HandleError(
                                "ReceiptHandleError",
                                "The receipt handle you provide is not valid.",
                                "RH-T")))));
    // when / then
    assertThatThrownBy(() -> client.commit(topic.handle(target.group(), "RH-T")))
        .isInstanceOfSatisfying(
            ClientFailure.class,
            failure -> {
              assertThat(failure.kind()).isEqualTo(ClientFailure.Kind.SERVICE);
              assertThat(failure.code() + " " + failure.handleFailures())
                  .contains("ReceiptHandleError");
            });
  }
}
