package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.time.Duration;
import java.util.List;

@Epic("Round trips")
@Feature("Long polling")
class EmptyLongPollEndsWithNoMessageAfterItsWaitTest {
  @ClientScenario(spec = "§2.6, §7.4")
  @Description(
      "SPEC §2.6: a long poll with nothing to deliver ends after waitseconds (plus a margin of 5 s, inside the client deadline of DRIVER.md §5) with no message, not an error.")
  void longPollEndsEmpty(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    long start = System.nanoTime();
    // when
    List<ReceivedMessage> received =
        Allure.step(
            "long poll 2 s on an empty topic",
            () -> client.consume(topic.longPoll(target.group(), 16, 2)));
    // then
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(received).isEmpty();
    assertThat(took).isLessThan(Duration.ofSeconds(2 + 5));
  }
}
