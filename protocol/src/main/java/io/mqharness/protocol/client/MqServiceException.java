package io.mqharness.protocol.client;

import io.mqharness.protocol.error.ErrorCode;
import java.util.Optional;

/**
 * The service answered with an error status. {@link #errorCode()} is the wire code as sent, also
 * for codes the {@link ErrorCode} enum does not know. A non-2xx answer without a readable {@code
 * <Error>} body gets the code {@value #UNREADABLE_ERROR_CODE} and the start of the raw body as
 * message, as the Java SDK reports it.
 */
public class MqServiceException extends RuntimeException {
  public static final String UNREADABLE_ERROR_CODE = "InternalServerError";

  private final int httpStatus;
  private final String errorCode;
  private final String errorMessage;
  private final String requestId;
  private final String hostId;

  public MqServiceException(
      int httpStatus, String errorCode, String errorMessage, String requestId, String hostId) {
    super(
        errorCode
            + " (HTTP "
            + httpStatus
            + "): "
            + errorMessage
            + " [request id "
            + requestId
            + "]");
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
    this.requestId = requestId;
    this.hostId = hostId;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String errorCode() {
    return errorCode;
  }

  public Optional<ErrorCode> code() {
    return ErrorCode.fromWireCode(errorCode);
  }

  public String errorMessage() {
    return errorMessage;
  }

  /**
   * From the body's {@code RequestId}, else the {@code x-mq-request-id} header; null if neither.
   */
  public String requestId() {
    return requestId;
  }

  public String hostId() {
    return hostId;
  }
}
