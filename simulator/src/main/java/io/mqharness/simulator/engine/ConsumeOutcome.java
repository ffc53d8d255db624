package io.mqharness.simulator.engine;

import io.mqharness.protocol.model.ConsumedMessage;
import java.util.List;

/** What a consume gives: {@link Delivered} messages, {@link NoMessage}, or {@link Rejected}. */
public sealed interface ConsumeOutcome
    permits ConsumeOutcome.Delivered, ConsumeOutcome.NoMessage, Rejected {

  /**
   * One or more delivered messages (never zero: an empty answer is {@link NoMessage}), each as the
   * protocol's {@code <Message>} of SPEC §4.4; the wire answer is 200.
   */
  record Delivered(List<ConsumedMessage> messages) implements ConsumeOutcome {
    /** Throws IllegalArgumentException for an empty list. */
    public Delivered {
      messages = List.copyOf(messages);
      if (messages.isEmpty()) {
        throw new IllegalArgumentException("Delivered needs at least one delivery; use NoMessage");
      }
    }
  }

  /**
   * Nothing deliverable after the wait: the wire answer is 404 {@code MessageNotExist} (SPEC §2.6,
   * §7.1).
   */
  enum NoMessage implements ConsumeOutcome {
    INSTANCE
  }
}
