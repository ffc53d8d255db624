package io.mqharness.protocol.error;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every error code of the protocol (SPEC §7.1) with its HTTP status and a default message.
 *
 * <p>Per-handle failures of ack/commit/rollback travel inside an {@code <Errors>} body whose status
 * is {@link #PER_HANDLE_ERRORS_STATUS}, whatever the individual codes' statuses are (SPEC §7.3).
 */
public enum ErrorCode {
  MESSAGE_NOT_EXIST("MessageNotExist", 404, "Message not exist."),
  TOPIC_NOT_EXIST("TopicNotExist", 404, "The topic you provided does not exist."),
  RECEIPT_HANDLE_ERROR("ReceiptHandleError", 400, "The receipt handle you provide is not valid."),
  MISSING_RECEIPT_HANDLE("MissingReceiptHandle", 400, "ReceiptHandle is required."),
  INVALID_ARGUMENT("InvalidArgument", 400, "The argument you provided is invalid."),
  MALFORMED_XML("MalformedXML", 400, "The XML you provided was not well-formed."),
  INVALID_QUERY_STRING(
      "InvalidQueryString", 400, "Http request URL contains invalid querystring item."),
  INVALID_REQUEST_URL("InvalidRequestURL", 400, "Http request URL format invalid."),
  INVALID_DIGEST("InvalidDigest", 400, "The Content-MD5 you specified is invalid."),
  MISSING_AUTHORIZATION_HEADER(
      "MissingAuthorizationHeader", 400, "Authorization header is required."),
  INVALID_AUTHORIZATION_HEADER(
      "InvalidAuthorizationHeader", 400, "The Authorization header format is invalid."),
  MISSING_DATE_HEADER("MissingDateHeader", 400, "Date header is required."),
  INVALID_DATE_HEADER("InvalidDateHeader", 400, "The Date header format is invalid."),
  TIME_EXPIRED("TimeExpired", 408, "The http request you sent is expired."),
  INVALID_ACCESS_KEY_ID("InvalidAccessKeyId", 403, "The AccessKey Id you provided is not exist."),
  SIGNATURE_DOES_NOT_MATCH(
      "SignatureDoesNotMatch",
      403,
      "The request signature we calculated does not match the signature you provided."),
  ACCESS_DENIED(
      "AccessDenied",
      403,
      "The OwnerId that your Access Key Id associated to is forbidden for this operation."),
  QPS_LIMIT_EXCEEDED("QpsLimitExceeded", 503, "Qps limit exceeded."),
  INTERNAL_ERROR("InternalError", 500, "Internal error.");

  /** Status of an {@code <Errors>} body listing per-handle failures (SPEC §7.3, §9 Q9). */
  public static final int PER_HANDLE_ERRORS_STATUS = 404;

  private static final Map<String, ErrorCode> BY_WIRE_CODE =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(ErrorCode::wireCode, Function.identity()));

  private final String wireCode;
  private final int httpStatus;
  private final String defaultMessage;

  ErrorCode(String wireCode, int httpStatus, String defaultMessage) {
    this.wireCode = wireCode;
    this.httpStatus = httpStatus;
    this.defaultMessage = defaultMessage;
  }

  public String wireCode() {
    return wireCode;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String defaultMessage() {
    return defaultMessage;
  }

  /**
   * The code for a wire string, empty for codes this enum does not know (a client must still
   * surface them).
   */
  public static Optional<ErrorCode> fromWireCode(String wireCode) {
    // the immutable map throws on a null key
    return wireCode == null ? Optional.empty() : Optional.ofNullable(BY_WIRE_CODE.get(wireCode));
  }
}
