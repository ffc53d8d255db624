package io.mqharness.conformance.support.scenario;

import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.simulator.targeting.TopicKind;
import java.util.List;

/**
 * On a real instance the configured topics and groups are shared by every scenario and every
 * earlier run, so before a scenario each group consumes and acks what is visible to it. Messages
 * still invisible (consumed by an earlier scenario and not acked) can come back later; give each CI
 * run fresh groups when that matters.
 */
final class RealInstanceDrain {
  private static final int MAX_ROUNDS = 20;

  private RealInstanceDrain() {}

  static void drain(MqClientAdapter client, TargetControl target) {
    for (TopicKind kind : TopicKind.values()) {
      for (String group : groups(target)) {
        try {
          TestTopic topic = target.topic(kind);
          drain(client, topic, group, kind == TopicKind.ORDERED);
        } catch (org.opentest4j.TestAbortedException | ClientFailure notConfiguredOrFailing) {
          // an unconfigured topic or group is simply not drained
        }
      }
    }
  }

  private static List<String> groups(TargetControl target) {
    try {
      return List.of(target.group(), target.otherGroup());
    } catch (org.opentest4j.TestAbortedException e) {
      return List.of(target.group());
    }
  }

  private static void drain(
      MqClientAdapter client, TestTopic topic, String group, boolean orderly) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      var command = topic.consume(group, 16);
      List<ReceivedMessage> messages = client.consume(orderly ? command.inOrder() : command);
      if (messages.isEmpty()) {
        return;
      }
      client.ack(
          topic.handles(group, messages.stream().map(ReceivedMessage::receiptHandle).toList()));
    }
  }
}
