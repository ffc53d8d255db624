package io.mqharness.conformance.scenarios.robustness;

import static io.mqharness.conformance.support.fault.FaultRequests.ackOn;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.fault.FaultAnswers;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Crashes;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TargetFeature;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

/**
 * An ack answered 404 with an {@code <Errors>} body that lists no {@code <Error>}: the service says
 * something failed and names nothing (SPEC §7.3 promises one entry per failed handle, so this is a
 * broken answer). Either reading is defensible, a typed error or a success; a crash or a hang is
 * not.
 */
@Epic("Robustness")
@Feature("Malformed XML")
class AckAnsweredWithAnEmptyErrorsListIsSurvivedTest {
  private static final String EMPTY_ERRORS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Errors xmlns=\"http://mq.aliyuncs.com/doc/v1/\"></Errors>";

  @ClientScenario(spec = "§7.3, §4.6", needs = TargetFeature.FAULT_INJECTION)
  @Description(
      "SPEC §7.3, §4.6: an ack answered 404 <Errors> without any <Error> entry ends as a typed error or as a success; the client never crashes on it and never hangs.")
  void emptyErrorsListIsATypedErrorOrASuccess(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    target
        .faults()
        .inject(
            ackOn(topic)
                .willReturn(
                    FaultAnswers.xml(404, EMPTY_ERRORS)
                        .withHeader("x-mq-request-id", "6A2A0C1B3D4E5F60718293B7")));
    // when
    try {
      client.ack(topic.handles(target.group(), List.of("RH-1")));
      Allure.step("the client took the answer for a success");
    } catch (ClientFailure failure) {
      // then
      Allure.step("the client failed with " + failure);
      assertThat(Crashes.isCrash(failure)).as("a typed error, not a crash: %s", failure).isFalse();
      assertThat(Crashes.isHang(failure)).as("an answer, not a hang: %s", failure).isFalse();
    }
  }
}
