package io.mqharness.conformance.scenarios.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Received;
import io.mqharness.conformance.support.scenario.Slow;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Epic("Transactions")
@Feature("Documented example flow")
@Slow
class DocumentedTransactionFlowDeliversExactlyTheCommittedMessagesTest {
  @ClientScenario(spec = "§6.6", capabilities = Capability.TRANSACTIONS)
  @Description(
      "SPEC §6.6, the SDKs' documented sample: 4 half messages a=0..3 with check immunity 10 s; a=0 committed on publish; "
          + "the checker commits a=1, commits a=2 only when ConsumedTimes > 1, rolls back a=3. A consumer of the producer's own "
          + "group id and one of another group each receive exactly a=0, 1, 2; a=2 is checked exactly twice.")
  void consumersReceiveZeroOneTwo(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = HalfMessages.topic(target);
    String producerGroup = target.group();
    Map<String, List<String>> received = new LinkedHashMap<>();
    received.put(producerGroup, new ArrayList<>());
    received.put(target.otherGroup(), new ArrayList<>());
    Map<String, List<Integer>> checks = new LinkedHashMap<>();
    Allure.step(
        "both consumer groups subscribe (a first, empty consume)",
        () -> received.keySet().forEach(group -> client.consume(topic.consume(group, 16))));
    Allure.step(
        "publish a=0..3 (check immunity 10 s) and commit a=0 with its publish handle",
        () -> {
          for (int a = 0; a < 4; a++) {
            PublishResult published =
                HalfMessages.publishHalf(client, topic, "trans_msg", String.valueOf(a));
            if (a == 0) {
              client.commit(topic.handle(producerGroup, published.receiptHandle()));
            }
          }
        });
    // when: t = 0, 11, 22 s, then long after
    consumeAndAck(client, topic, received);
    for (int round = 0; round < 2; round++) {
      target.advance(
          round == 0 ? HalfMessages.PAST_CHECK_IMMUNITY : HalfMessages.PAST_RECHECK_WINDOW);
      Allure.step("check half messages", () -> check(client, topic, producerGroup, checks));
      consumeAndAck(client, topic, received);
    }
    target.advance(Duration.ofSeconds(301));
    List<ReceivedMessage> lateChecks = HalfMessages.popAll(client, topic, producerGroup);
    consumeAndAck(client, topic, received);
    // then
    received.forEach(
        (group, as) ->
            assertThat(as).as("a values received by %s", group).containsExactly("0", "1", "2"));
    assertThat(checks)
        .containsEntry("1", List.of(1))
        .containsEntry("2", List.of(1, 2))
        .containsEntry("3", List.of(1))
        .doesNotContainKey("0");
    assertThat(lateChecks).isEmpty();
  }

  private static void check(
      MqClientAdapter client, TestTopic topic, String group, Map<String, List<Integer>> checks) {
    for (ReceivedMessage half : HalfMessages.popAll(client, topic, group)) {
      String a = half.property("a");
      checks.computeIfAbsent(a, k -> new ArrayList<>()).add(half.consumedTimes());
      if ("1".equals(a) || ("2".equals(a) && half.consumedTimes() > 1)) {
        client.commit(topic.handle(group, half.receiptHandle()));
      } else if ("3".equals(a)) {
        client.rollback(topic.handle(group, half.receiptHandle()));
      }
    }
  }

  private static void consumeAndAck(
      MqClientAdapter client, TestTopic topic, Map<String, List<String>> received) {
    received.forEach(
        (group, as) ->
            Allure.step(
                "consume and ack as " + group,
                () -> {
                  List<ReceivedMessage> messages = client.consume(topic.consume(group, 16));
                  if (!messages.isEmpty()) {
                    as.addAll(Received.property(messages, "a"));
                    client.ack(topic.handles(group, Received.handles(messages)));
                  }
                }));
  }
}
