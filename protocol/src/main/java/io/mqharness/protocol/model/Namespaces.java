package io.mqharness.protocol.model;

/** The two XML namespaces of the protocol (SPEC §4.1). */
public final class Namespaces {
  /**
   * Success bodies ({@code <Message>}, {@code <Messages>}, {@code <Errors>}) and most SDK requests.
   */
  public static final String WITH_SLASH = "http://mq.aliyuncs.com/doc/v1/";

  /**
   * {@code <Error>} bodies: the Java SDK's JAXB binding accepts only this one. Also the Java SDK's
   * requests.
   */
  public static final String WITHOUT_SLASH = "http://mq.aliyuncs.com/doc/v1";

  private Namespaces() {}
}
