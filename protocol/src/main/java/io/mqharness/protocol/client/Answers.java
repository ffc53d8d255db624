package io.mqharness.protocol.client;

import io.mqharness.protocol.model.ErrorResponse;
import io.mqharness.protocol.xml.MalformedXmlException;
import io.mqharness.protocol.xml.ProtocolXml;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** Turns answers into results or exceptions, the same way for every operation. */
final class Answers {
  private static final int RAW_BODY_EXCERPT = 200;

  private Answers() {}

  /** Reads a success body; an unreadable one is a client failure, never a success. */
  static <T> T readSuccess(HttpAnswer answer, String operation, Function<byte[], T> reader) {
    try {
      return reader.apply(answer.body());
    } catch (MalformedXmlException e) {
      throw new MqClientException(
          operation
              + " answered "
              + answer.status()
              + " with an unreadable body: "
              + e.getMessage(),
          e);
    }
  }

  /** The exception for an answer that is not the operation's success status. */
  static RuntimeException failure(HttpAnswer answer, String operation, int expectedStatus) {
    if (answer.isSuccessFamily()) {
      return new MqClientException(
          operation + " answered " + answer.status() + ", expected " + expectedStatus);
    }
    return serviceError(answer);
  }

  static MqServiceException serviceError(HttpAnswer answer) {
    try {
      ErrorResponse error = ProtocolXml.readErrorResponse(answer.body());
      String requestId = error.requestId() != null ? error.requestId() : answer.requestIdHeader();
      return new MqServiceException(
          answer.status(), error.code(), error.message(), requestId, error.hostId());
    } catch (MalformedXmlException e) {
      return new MqServiceException(
          answer.status(),
          MqServiceException.UNREADABLE_ERROR_CODE,
          excerpt(answer.body()),
          answer.requestIdHeader(),
          null);
    }
  }

  private static String excerpt(byte[] body) {
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    return text.length() <= RAW_BODY_EXCERPT ? text : text.substring(0, RAW_BODY_EXCERPT) + "…";
  }
}
