package io.mqharness.protocol.properties;

/** A property key or value the protocol cannot carry (SPEC §5.1). */
public final class InvalidPropertyException extends IllegalArgumentException {
  public InvalidPropertyException(String message) {
    super(message);
  }
}
