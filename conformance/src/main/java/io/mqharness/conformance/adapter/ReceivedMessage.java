package io.mqharness.conformance.adapter;

import java.util.Map;

/**
 * A consumed (or popped) message as the client reports it. {@code properties} holds what the client
 * exposes, system keys included where it keeps them; {@code tag} and {@code bodyMd5} may be null
 * when the client hides them.
 */
public record ReceivedMessage(
    String messageId,
    String receiptHandle,
    String body,
    String bodyMd5,
    String tag,
    Map<String, String> properties,
    long publishTime,
    long nextConsumeTime,
    long firstConsumeTime,
    int consumedTimes) {
  public ReceivedMessage {
    properties = properties == null ? Map.of() : Map.copyOf(properties);
  }

  public String property(String key) {
    return properties.get(key);
  }
}
