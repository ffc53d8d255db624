package io.mqharness.conformance.support.scenario;

import io.mqharness.conformance.adapter.ReceivedMessage;
import java.util.List;

/** Shorthands over consumed messages. */
public final class Received {
  private Received() {}

  public static List<String> bodies(List<ReceivedMessage> messages) {
    return messages.stream().map(ReceivedMessage::body).toList();
  }

  public static List<String> handles(List<ReceivedMessage> messages) {
    return messages.stream().map(ReceivedMessage::receiptHandle).toList();
  }

  public static List<String> property(List<ReceivedMessage> messages, String key) {
    return messages.stream().map(m -> m.property(key)).toList();
  }
}
