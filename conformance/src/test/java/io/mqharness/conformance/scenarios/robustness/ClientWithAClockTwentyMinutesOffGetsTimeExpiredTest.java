package io.mqharness.conformance.scenarios.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TargetFeature;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The SDKs sign with their process's system clock, which a scenario cannot move; so the service's
 * clock is moved instead (the clock the simulator checks Dates against, {@link
 * TargetFeature#DATE_CHECK_OFFSET}), which makes every client look 20 minutes behind, the same for
 * all of them.
 */
@Epic("Robustness")
@Feature("Clock skew")
class ClientWithAClockTwentyMinutesOffGetsTimeExpiredTest {
  @ClientScenario(spec = "§3.2, §7.1", needs = TargetFeature.DATE_CHECK_OFFSET)
  @Description(
      "SPEC §3.2 step 2, §7.1: a client whose clock is 20 minutes off the service's gets 408 TimeExpired as a typed error on publish and on consume: not a hang, not a success, not \"no message\"; nothing is stored.")
  void publishAndConsumeFailWithTimeExpired(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    client.consume(topic.consume(target.group(), 1));
    Allure.step(
        "put the service's clock 20 minutes ahead of the client's",
        () -> target.offsetServiceDateCheck(Duration.ofMinutes(20)));
    // when / then
    assertTimeExpired(() -> client.publish(topic.message("signed with a stale Date")));
    assertTimeExpired(() -> client.consume(topic.consume(target.group(), 16)));
    Allure.step("put the clocks back together", () -> target.offsetServiceDateCheck(Duration.ZERO));
    assertThat(client.consume(topic.consume(target.group(), 16))).isEmpty();
  }

  private static void assertTimeExpired(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ClientFailure.class,
            failure -> {
              assertThat(failure.kind()).as("%s", failure).isEqualTo(ClientFailure.Kind.SERVICE);
              assertThat(failure.code()).as("%s", failure).isEqualTo("TimeExpired");
            });
  }
}
