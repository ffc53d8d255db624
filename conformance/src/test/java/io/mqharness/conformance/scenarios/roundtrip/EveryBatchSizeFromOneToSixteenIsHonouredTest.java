package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

@Epic("Round trips")
@Feature("Batch consume")
class EveryBatchSizeFromOneToSixteenIsHonouredTest {
  @ClientScenario(spec = "§2.2, §6.1")
  @Description(
      "SPEC §2.2 (numOfMessages 1..16) and §6.1: a consume with numOfMessages=n returns n messages when at least n are visible, each message once.")
  void eachBatchHasExactlyTheAskedSize(MqClientAdapter client, TargetControl target) {
    // given 1 + 2 + ... + 16 = 136 messages
    TestTopic topic = target.topic();
    List<String> bodies = IntStream.range(0, 136).mapToObj(i -> target.unique("m" + i)).toList();
    Allure.step(
        "publish 136 messages", () -> bodies.forEach(b -> client.publish(topic.message(b))));
    // when
    List<String> seen = new ArrayList<>();
    for (int n = 1; n <= 16; n++) {
      int size = n;
      List<ReceivedMessage> batch =
          Allure.step(
              "consume numOfMessages=" + n,
              () -> client.consume(topic.consume(target.group(), size)));
      // then
      assertThat(batch).as("batch of numOfMessages=%d", n).hasSize(n);
      seen.addAll(Received.bodies(batch));
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(bodies);
  }
}
