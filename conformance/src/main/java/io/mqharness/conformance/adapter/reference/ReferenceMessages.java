package io.mqharness.conformance.adapter.reference;

import io.mqharness.conformance.adapter.PublishCommand;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.model.ConsumedMessage;

/** Neutral commands to reference-client messages and back. */
final class ReferenceMessages {
  private ReferenceMessages() {}

  static TopicMessage toTopicMessage(PublishCommand command) {
    TopicMessage message = TopicMessage.of(command.body());
    if (command.tag() != null) {
      message = message.withTag(command.tag());
    }
    for (var property : command.properties().entrySet()) {
      message = message.withProperty(property.getKey(), property.getValue());
    }
    if (command.messageKey() != null) {
      message = message.withMessageKey(command.messageKey());
    }
    if (command.shardingKey() != null) {
      message = message.withShardingKey(command.shardingKey());
    }
    if (command.startDeliverTime() != null) {
      message = message.withStartDeliverTime(command.startDeliverTime());
    }
    if (command.transCheckImmunitySeconds() != null) {
      message = message.withTransCheckImmunitySeconds(command.transCheckImmunitySeconds());
    }
    return message;
  }

  static ReceivedMessage toReceived(ConsumedMessage m) {
    return new ReceivedMessage(
        m.messageId(),
        m.receiptHandle(),
        m.body(),
        m.bodyMd5(),
        m.tag(),
        m.properties().asMap(),
        m.publishTime(),
        m.nextConsumeTime(),
        m.firstConsumeTime(),
        m.consumedTimes());
  }
}
