package io.mqharness.protocol.limits;

import java.util.Objects;

/**
 * A value beyond one of the {@link ProtocolLimits}: {@code element} names what is out of range as
 * the protocol names it ({@code MessageBody}, {@code Properties}, ...), {@code message} says the
 * limit and the value, in the wording DOC-ERRORS gives for {@code InvalidArgument} ("The value of X
 * should between Low and High bytes.").
 */
public record LimitViolation(String element, String message) {
  public LimitViolation {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(message, "message");
  }

  /** "The value of {element} should between {low} and {high} {unit}: {detail}" */
  static LimitViolation outOfRange(
      String element, long low, long high, String unit, String detail) {
    return new LimitViolation(
        element,
        "The value of "
            + element
            + " should between "
            + low
            + " and "
            + high
            + " "
            + unit
            + ": "
            + detail);
  }
}
