package io.mqharness.protocol.client;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishResponse;
import java.util.List;

/** Publishes half messages to one topic and decides them, checking with one group (SPEC §6.5). */
public final class MqTransProducer {
  private final TopicResource topic;
  private final String groupId;

  MqTransProducer(TopicResource topic, String groupId) {
    this.topic = topic;
    this.groupId = groupId;
  }

  /**
   * Publishes a half message; it must carry a check immunity time and its answer must carry the
   * receipt handle that commits or rolls it back (SPEC §6.5 rule 2), else {@link
   * MqClientException}.
   */
  public PublishResponse publish(TopicMessage message) {
    if (!message.properties().isTransactional()) {
      throw new IllegalArgumentException(
          "A transactional message needs withTransCheckImmunitySeconds(...)");
    }
    PublishResponse response = topic.publish(message);
    if (response.receiptHandle() == null) {
      throw new MqClientException("transactional publish answered without a ReceiptHandle");
    }
    return response;
  }

  /** Half messages whose check is due ({@code trans=pop}); nothing due gives an empty list. */
  public List<ConsumedMessage> consumeHalfMessage(int numOfMessages, int waitSeconds) {
    return topic.consume(groupId, numOfMessages, waitSeconds, null, "pop");
  }

  public void commit(String receiptHandle) {
    topic.delete(groupId, List.of(receiptHandle), "commit");
  }

  public void rollback(String receiptHandle) {
    topic.delete(groupId, List.of(receiptHandle), "rollback");
  }
}
