package io.mqharness.protocol.xml;

/**
 * A body that is not well-formed XML or not the expected protocol document (SPEC §7.1 {@code
 * MalformedXML}).
 */
public final class MalformedXmlException extends RuntimeException {
  public MalformedXmlException(String message) {
    super(message);
  }

  public MalformedXmlException(String message, Throwable cause) {
    super(message, cause);
  }
}
