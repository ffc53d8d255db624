package io.mqharness.protocol.client;

import io.mqharness.protocol.model.ConsumedMessage;
import java.util.List;

/** Consumes one topic as one group, optionally filtered by tag ({@code A||B} for either). */
public final class MqConsumer {
  private final TopicResource topic;
  private final String groupId;
  private final String messageTag;

  MqConsumer(TopicResource topic, String groupId, String messageTag) {
    this.topic = topic;
    this.groupId = groupId;
    this.messageTag = messageTag;
  }

  /**
   * Up to {@code numOfMessages} messages, waiting up to {@code waitSeconds} (a negative value omits
   * the parameter: short poll). Nothing to deliver gives an empty list. Values are sent unchecked
   * so servers can be tested.
   */
  public List<ConsumedMessage> consume(int numOfMessages, int waitSeconds) {
    return topic.consume(groupId, numOfMessages, waitSeconds, messageTag, null);
  }

  /** Like {@link #consume}, with {@code trans=order} (SPEC §6.3). */
  public List<ConsumedMessage> consumeOrderly(int numOfMessages, int waitSeconds) {
    return topic.consume(groupId, numOfMessages, waitSeconds, messageTag, "order");
  }

  /** Acks the handles; failed handles throw {@link AckFailedException}, the others are applied. */
  public void ack(List<String> receiptHandles) {
    topic.delete(groupId, receiptHandles, null);
  }
}
