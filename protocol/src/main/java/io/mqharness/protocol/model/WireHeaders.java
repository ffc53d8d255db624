package io.mqharness.protocol.model;

/**
 * The protocol's header names and fixed header values, in one place: every module that writes or
 * reads them (the reference client, the signer, the simulator, the load and conformance tests) uses
 * these.
 */
public final class WireHeaders {
  /**
   * Request and answer header naming the API version (SPEC §2.4, §2.5); signed as an {@code x-mq-*}
   * header.
   */
  public static final String VERSION_HEADER = "x-mq-version";

  /** The only API version any SDK sends (SPEC §2.4); the service echoes it (SPEC §2.5). */
  public static final String VERSION = "2015-06-06";

  /**
   * Answer header carrying the request id, 24 upper-case hex characters, in exactly this lower-case
   * spelling: the Python SDK looks it up case-sensitively (SPEC §2.5).
   */
  public static final String REQUEST_ID_HEADER = "x-mq-request-id";

  /** Request header of temporary credentials' token, sent unsigned (SPEC §2.4). */
  public static final String SECURITY_TOKEN_HEADER = "security-token";

  /**
   * Content type of a request body as the Java and Python SDKs and the reference client send it
   * (SPEC §2.4).
   */
  public static final String REQUEST_CONTENT_TYPE = "text/xml;charset=UTF-8";

  /** Content type of every answer with a body, as the service sends it (SPEC §2.5). */
  public static final String ANSWER_CONTENT_TYPE = "text/xml;charset=utf-8";

  private WireHeaders() {}
}
