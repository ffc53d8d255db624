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
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.time.Duration;

@Epic("Robustness")
@Feature("Slow answers")
class HungServiceIsGivenUpOnByTheClientTest {
  @ClientScenario(spec = "§2.6 (timeouts)", needs = TargetFeature.FAULT_INJECTION)
  @Description("SPEC §2.6: when the service does not answer a publish for a minute, a correct client gives up on its own (within 15 s, before the harness cuts the call off at 20 s) and does not report the message as sent.")
  void clientTimesOutOnItsOwn(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    target.faults().inject(publishTo(topic).willReturn(FaultAnswers.publishedAfter(Duration.ofSeconds(60), "0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4D", "hang")));
    long start = System.nanoTime();
    // when / then
    assertThatThrownBy(() -> client.publish(topic.message("hang"))).isInstanceOf(ClientFailure.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("the client gives up on its own before the harness cuts the call off")
        .isLessThan(Duration.ofSeconds(15));
  }
}
