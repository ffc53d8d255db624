package io.mqharness.simulations.faults;

import io.mqharness.simulations.outcomes.KoKind;

/**
 * What a fault does to the requests it picks, and the KO a client sees for it. {@code error500}:
 * the simulator answers 500 {@code InternalError} without applying the request; {@code delay}: the
 * engine's own answer, late (the request is applied); {@code reset}: the connection is reset before
 * any answer (the request is not applied).
 */
public enum FaultKind {
  ERROR_500("error500", KoKind.STATUS_500),
  DELAY("delay", KoKind.TIMEOUT),
  RESET("reset", KoKind.CONNECTION);

  private final String word;
  private final KoKind ko;

  FaultKind(String word, KoKind ko) {
    this.word = word;
    this.ko = ko;
  }

  /** The word of {@code mq.faults}: {@code error500}, {@code delay}, {@code reset}. */
  public String word() {
    return word;
  }

  /**
   * The KO a picked request ends in ({@code delay}: only when the delay reaches the request
   * timeout).
   */
  public KoKind ko() {
    return ko;
  }

  /**
   * @throws IllegalArgumentException naming the words known
   */
  static FaultKind of(String word) {
    for (FaultKind kind : values()) {
      if (kind.word.equals(word)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown fault kind \"" + word + "\": error500, delay or reset");
  }
}
