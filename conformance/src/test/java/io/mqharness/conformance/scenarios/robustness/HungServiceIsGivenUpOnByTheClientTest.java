package io.mqharness.conformance.scenarios.robustness;

import static io.mqharness.conformance.support.fault.FaultRequests.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.conformance.adapter.CallTimeouts;
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
import java.time.Duration;
import java.util.Set;

@Epic("Robustness")
@Feature("Slow answers")
class HungServiceIsGivenUpOnByTheClientTest {
  /**
   * The codes of a call the harness cut off (DRIVER.md §5), as opposed to a failure the client
   * reported itself.
   */
  private static final Set<String> CUT_OFF = Set.of(CallTimeouts.CALL_TIMEOUT, "DriverTimeout");

  @ClientScenario(spec = "§2.6 (timeouts)", needs = TargetFeature.FAULT_INJECTION)
  @Description(
      "SPEC §2.6: when the service does not answer a publish for a minute, a correct client gives up on its own and does not report the message as sent: it fails with an error of its own before the harness's cut-off (DRIVER.md §5: 20 s by default; the client was given a deadline of 15 s).")
  void clientTimesOutOnItsOwn(MqClientAdapter client, TargetControl target) {
    // given
    CallTimeouts timeouts = CallTimeouts.fromSystemProperties();
    TestTopic topic = target.topic();
    target
        .faults()
        .inject(
            publishTo(topic)
                .willReturn(
                    FaultAnswers.publishedAfter(
                        timeouts.cutOff().multipliedBy(3),
                        "0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4D",
                        "hang")));
    long start = System.nanoTime();
    // when / then
    assertThatThrownBy(() -> client.publish(topic.message("hang")))
        .isInstanceOfSatisfying(
            ClientFailure.class,
            failure ->
                assertThat(failure.code())
                    .as(
                        "the client gave up on its own, the harness did not cut it off: %s",
                        failure)
                    .isNotIn(CUT_OFF));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Allure.step(
        "the client gave up after "
            + took.toMillis()
            + " ms (deadline "
            + timeouts.clientDeadline().toMillis()
            + " ms, cut-off "
            + timeouts.cutOff().toMillis()
            + " ms)");
    assertThat(took).as("before the harness's cut-off").isLessThan(timeouts.cutOff());
  }
}
