package io.mqharness.conformance.scenarios.transaction;

import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.mqharness.simulator.targeting.TopicKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps the transaction scenarios share: a transactional topic, half publishes with C = 10 s,
 * popping.
 */
final class HalfMessages {
  static final int CHECK_IMMUNITY_SECONDS = 10;
  static final Duration PAST_CHECK_IMMUNITY = Duration.ofSeconds(CHECK_IMMUNITY_SECONDS + 1);

  /** The re-check window R (SPEC §6.5 rule 5, §9 Q7), plus a margin. */
  static final Duration PAST_RECHECK_WINDOW = Duration.ofSeconds(11);

  private HalfMessages() {}

  static TestTopic topic(TargetControl target) {
    return target.topic(TopicKind.TRANSACTIONAL);
  }

  static PublishResult publishHalf(MqClientAdapter client, TestTopic topic, String body, String a) {
    return client.publish(
        topic
            .message(body)
            .withProperties(java.util.Map.of("a", a))
            .withTransCheckImmunitySeconds(CHECK_IMMUNITY_SECONDS));
  }

  /** Pops until nothing more is due (at most 10 rounds of up to 16). */
  static List<ReceivedMessage> popAll(MqClientAdapter client, TestTopic topic, String group) {
    List<ReceivedMessage> all = new ArrayList<>();
    for (int round = 0; round < 10; round++) {
      List<ReceivedMessage> batch = client.consumeHalf(topic.consume(group, 16));
      if (batch.isEmpty()) {
        break;
      }
      all.addAll(batch);
    }
    return all;
  }
}
