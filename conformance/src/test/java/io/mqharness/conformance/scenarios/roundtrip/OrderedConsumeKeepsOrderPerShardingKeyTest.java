package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Received;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.mqharness.simulator.targeting.TopicKind;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Epic("Round trips")
@Feature("Ordered messages")
class OrderedConsumeKeepsOrderPerShardingKeyTest {
  @ClientScenario(spec = "§6.3", capabilities = Capability.ORDERED_CONSUME)
  @Description(
      "SPEC §6.3: orderly consume (trans=order) delivers the messages of each sharding key in publish order.")
  void eachPartitionArrivesInOrder(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic(TopicKind.ORDERED);
    Allure.step(
        "publish 3 messages for each of 2 sharding keys, interleaved",
        () -> {
          for (int i = 1; i <= 3; i++) {
            for (String key : List.of("k1", "k2")) {
              client.publish(topic.message(key + "-" + i).withShardingKey(key));
            }
          }
        });
    // when
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    for (int round = 0;
        round < 10 && byKey.values().stream().mapToInt(List::size).sum() < 6;
        round++) {
      List<ReceivedMessage> batch =
          Allure.step(
              "consume orderly and ack",
              () -> {
                List<ReceivedMessage> messages =
                    client.consume(topic.consume(target.group(), 16).inOrder());
                if (!messages.isEmpty()) {
                  client.ack(topic.handles(target.group(), Received.handles(messages)));
                }
                return messages;
              });
      batch.forEach(
          m ->
              byKey
                  .computeIfAbsent(m.body().substring(0, 2), k -> new ArrayList<>())
                  .add(m.body()));
    }
    // then
    assertThat(byKey.get("k1")).containsExactly("k1-1", "k1-2", "k1-3");
    assertThat(byKey.get("k2")).containsExactly("k2-1", "k2-2", "k2-3");
  }
}
