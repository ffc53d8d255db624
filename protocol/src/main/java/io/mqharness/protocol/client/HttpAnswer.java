package io.mqharness.protocol.client;

/**
 * What came back for one request: status, raw body and the {@code x-mq-request-id} header (null if
 * absent).
 */
record HttpAnswer(int status, byte[] body, String requestIdHeader) {
  boolean isSuccessFamily() {
    return status >= 200 && status < 300;
  }
}
