package io.mqharness.simulations.capacity;

import java.util.Locale;

/**
 * What a capacity search loads: publishes alone, or publishes that consumers must consume and ack
 * as they come.
 */
public enum Variant {
  /** Producers only; the capacity is in publishes/s. */
  PUBLISH("publish"),
  /**
   * Producers and {@code mq.consumers} long-polling consumers that ack; the capacity also holds the
   * consumers' pace.
   */
  END_TO_END("endToEnd");

  private final String word;

  Variant(String word) {
    this.word = word;
  }

  /**
   * How the run summary and {@code mq.capacity.variant} spell it: {@code publish} or {@code
   * endToEnd}.
   */
  public String word() {
    return word;
  }

  /**
   * {@code publish} or {@code endToEnd} (any case; {@code end-to-end} and {@code e2e} too).
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Variant parse(String text) {
    String key = text.trim().toLowerCase(Locale.ROOT).replace("-", "");
    return switch (key) {
      case "publish" -> PUBLISH;
      case "endtoend", "e2e" -> END_TO_END;
      default ->
          throw new IllegalArgumentException(
              "mq.capacity.variant must be publish or endToEnd: " + text);
    };
  }
}
