package io.mqharness.mock.engine;

import java.util.List;

/** One or more deliveries (never zero: an empty answer is {@link NoMessage}). */
public record Delivered(List<Delivery> deliveries) implements ConsumeOutcome {
  public Delivered {
    deliveries = List.copyOf(deliveries);
    if (deliveries.isEmpty()) {
      throw new IllegalArgumentException("Delivered needs at least one delivery; use NoMessage");
    }
  }
}
