package io.mqharness.protocol.client;

import io.mqharness.protocol.limits.LimitViolation;

/**
 * The client refused a request before sending it, because a value breaks one of the protocol's
 * limits; thrown only with {@link MqClientOptions#withLimitChecks} on. Nothing reached the server.
 */
public final class LimitExceededException extends MqClientException {
  private final transient LimitViolation violation;

  public LimitExceededException(LimitViolation violation) {
    super(violation.message());
    this.violation = violation;
  }

  /** What is out of range and by how much. */
  public LimitViolation violation() {
    return violation;
  }
}
