package io.mqharness.mock.engine;

import java.util.List;

/** What a consume gives: {@link Delivered} messages, {@link NoMessage}, or {@link Rejected}. */
public sealed interface ConsumeOutcome permits ConsumeOutcome.Delivered, ConsumeOutcome.NoMessage, Rejected {

  /** One or more deliveries (never zero: an empty answer is {@link NoMessage}); the wire answer is 200. */
  record Delivered(List<Delivery> deliveries) implements ConsumeOutcome {
    /** Throws IllegalArgumentException for an empty list. */
    public Delivered {
      deliveries = List.copyOf(deliveries);
      if (deliveries.isEmpty()) {
        throw new IllegalArgumentException("Delivered needs at least one delivery; use NoMessage");
      }
    }
  }

  /** Nothing deliverable after the wait: the wire answer is 404 {@code MessageNotExist} (SPEC §2.6, §7.1). */
  enum NoMessage implements ConsumeOutcome {
    INSTANCE
  }
}
