package io.mqharness.protocol.client;

import io.mqharness.protocol.model.PublishResponse;

/** Publishes to one topic of one instance. */
public final class MqProducer {
  private final TopicResource topic;

  MqProducer(TopicResource topic) {
    this.topic = topic;
  }

  /**
   * Publishes and checks the answer: 201, a readable {@code <Message>} and a MessageBodyMD5 equal
   * (ignoring case) to the body's MD5, else {@link MqClientException}; an error answer throws
   * {@link MqServiceException}.
   */
  public PublishResponse publish(TopicMessage message) {
    return topic.publish(message);
  }
}
