package io.mqharness.simulator.wiremock;

import io.mqharness.protocol.error.ErrorCode;

/**
 * A request the HTTP layer refuses before it reaches the engine: bad path, query, headers,
 * signature or body.
 */
final class ProtocolError extends RuntimeException {
  private final ErrorCode code;

  ProtocolError(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  ProtocolError(ErrorCode code) {
    this(code, code.defaultMessage());
  }

  ErrorCode code() {
    return code;
  }
}
