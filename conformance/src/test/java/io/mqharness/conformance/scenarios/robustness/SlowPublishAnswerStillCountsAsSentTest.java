package io.mqharness.conformance.scenarios.robustness;

import static io.mqharness.conformance.support.fault.FaultRequests.*;
import static org.assertj.core.api.Assertions.assertThat;

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
class SlowPublishAnswerStillCountsAsSentTest {
  @ClientScenario(spec = "§2.6 (timeouts)", needs = TargetFeature.FAULT_INJECTION)
  @Description(
      "SPEC §2.6: a publish answer that comes 2 s late, well within every client timeout (DRIVER.md §5: the deadline is 15 s; the Node.js SDK's fixed POST timeout is 3 s), is still a success with the answered message id.")
  void lateAnswerIsASuccess(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    String messageId = "0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C";
    target
        .faults()
        .inject(
            publishTo(topic)
                .willReturn(FaultAnswers.publishedAfter(Duration.ofSeconds(2), messageId, "slow")));
    // when
    var published =
        Allure.step("publish with a 2 s late answer", () -> client.publish(topic.message("slow")));
    // then
    assertThat(published.messageId()).isEqualTo(messageId);
  }
}
