package io.mqharness.conformance.adapter;

import java.util.List;

/**
 * A failed operation in neutral form. {@code kind}: the service answered with an error ({@code
 * SERVICE}), the client failed on its own side (transport, parse, validation: {@code CLIENT}), it
 * did not answer in time ({@code TIMEOUT}), or it cannot do this at all ({@code UNSUPPORTED}).
 * {@code code} and {@code requestId} are null when the client does not report them.
 */
public final class ClientFailure extends RuntimeException {
  public enum Kind {
    SERVICE,
    CLIENT,
    TIMEOUT,
    UNSUPPORTED
  }

  /** One failed receipt handle of an ack, commit or rollback. */
  public record HandleFailure(String receiptHandle, String code, String message) {}

  private final Kind kind;
  private final String code;
  private final String requestId;
  private final List<HandleFailure> handleFailures;

  public ClientFailure(
      Kind kind,
      String code,
      String message,
      String requestId,
      List<HandleFailure> handleFailures) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.requestId = requestId;
    this.handleFailures = handleFailures == null ? List.of() : List.copyOf(handleFailures);
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public String requestId() {
    return requestId;
  }

  public List<HandleFailure> handleFailures() {
    return handleFailures;
  }

  @Override
  public String toString() {
    return "ClientFailure["
        + kind
        + ", code="
        + code
        + ", requestId="
        + requestId
        + ", "
        + getMessage()
        + (handleFailures.isEmpty() ? "" : ", handles=" + handleFailures)
        + "]";
  }
}
