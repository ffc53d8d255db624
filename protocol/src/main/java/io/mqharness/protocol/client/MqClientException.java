package io.mqharness.protocol.client;

/**
 * The client could not get a usable answer: I/O failure, timeout, interruption, or an answer that
 * is not what the protocol promises for a success (unexpected 2xx status, unreadable success body,
 * wrong MessageBodyMD5).
 */
public class MqClientException extends RuntimeException {
  public MqClientException(String message) {
    super(message);
  }

  public MqClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
