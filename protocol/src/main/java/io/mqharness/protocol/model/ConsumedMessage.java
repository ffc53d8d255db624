package io.mqharness.protocol.model;

import io.mqharness.protocol.properties.MessageProperties;
import java.util.Objects;

/**
 * One delivered message inside {@code <Messages>} (SPEC §4.4). Times are epoch milliseconds; tag
 * may be null.
 */
public record ConsumedMessage(
    String messageId,
    String receiptHandle,
    String bodyMd5,
    String body,
    long publishTime,
    long nextConsumeTime,
    long firstConsumeTime,
    int consumedTimes,
    String tag,
    MessageProperties properties) {
  public ConsumedMessage {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(receiptHandle, "receiptHandle");
    properties = properties == null ? MessageProperties.empty() : properties;
  }
}
