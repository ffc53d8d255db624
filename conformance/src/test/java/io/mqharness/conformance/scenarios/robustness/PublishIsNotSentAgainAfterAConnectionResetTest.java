package io.mqharness.conformance.scenarios.robustness;

import static io.mqharness.conformance.support.fault.FaultRequests.publishTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.fault.FaultAnswers;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TargetFeature;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;

/**
 * A publish is not idempotent: the service may have stored the message before the connection broke,
 * so a client that sends the same POST again can store it twice (SPEC §2.6 lists which SDKs retry;
 * §8 #14). The connection is reset by the peer before any answer, and the scenario counts the
 * publishes that reached the service through WireMock's request journal.
 */
@Epic("Robustness")
@Feature("Connection faults")
class PublishIsNotSentAgainAfterAConnectionResetTest {
  @ClientScenario(
      spec = "§2.6 (retries), §8 #14",
      needs = {TargetFeature.FAULT_INJECTION, TargetFeature.REQUEST_JOURNAL})
  @Description(
      "SPEC §2.6, §8 #14: a publish whose connection is reset before the answer is a failure, and it reached the service exactly once: a client does not send a publish (a POST the service may already have stored) again on its own.")
  void resetPublishReachesTheServiceOnce(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    target
        .faults()
        .inject(publishTo(topic).willReturn(FaultAnswers.fault(Fault.CONNECTION_RESET_BY_PEER)));
    // when
    assertThatThrownBy(() -> client.publish(topic.message("reset once")))
        .as("a publish without an answer is not reported as sent")
        .isInstanceOfSatisfying(
            ClientFailure.class, failure -> Allure.step("the client failed with " + failure));
    // then
    long publishes =
        target.journal().requestsTo(topic).stream()
            .filter(r -> r.getMethod().getName().equals("POST"))
            .count();
    Allure.step(publishes + " publish request(s) reached the service");
    assertThat(publishes).as("publish requests that reached the service").isEqualTo(1);
  }
}
