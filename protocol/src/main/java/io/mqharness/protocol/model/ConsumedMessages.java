package io.mqharness.protocol.model;

import java.util.List;

/**
 * Body of a successful consume, orderly consume or half pop, root {@code <Messages>} (SPEC §4.4).
 */
public record ConsumedMessages(List<ConsumedMessage> messages) {
  public ConsumedMessages {
    messages = List.copyOf(messages);
  }
}
