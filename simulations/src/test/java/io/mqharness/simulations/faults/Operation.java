package io.mqharness.simulations.faults;

/**
 * The protocol operation a request is (SPEC §2.1, §2.2): a fault may be limited to one. {@code
 * consume} covers every {@code GET} (plain, ordered and half-message pops), {@code ack} a {@code
 * DELETE} without {@code trans}, {@code decide} a commit or rollback; {@code any} is every
 * operation.
 */
public enum Operation {
  PUBLISH("publish"),
  CONSUME("consume"),
  ACK("ack"),
  DECIDE("decide"),
  ANY("any");

  private final String word;

  Operation(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /** True when a fault on this operation applies to a request of {@code request}'s operation. */
  public boolean covers(Operation request) {
    return this == ANY || this == request;
  }

  /** The operation named {@code word}, or null when it names none. */
  static Operation named(String word) {
    for (Operation operation : values()) {
      if (operation.word.equals(word)) {
        return operation;
      }
    }
    return null;
  }
}
