package io.mqharness.protocol.client;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.ErrorResponse;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.xml.MalformedXmlException;
import io.mqharness.protocol.xml.ProtocolXml;
import java.util.List;

/**
 * What an answer of the service means for each of the three operations (SPEC §2.5, §4, §7), with no
 * HTTP in it: a result, or {@link MqServiceException} (an error status; {@link AckFailedException}
 * for per-handle failures), or {@link MqClientException} (an answer the protocol does not allow for
 * a success). Nothing else is thrown, whatever the body holds.
 */
final class ServiceAnswers {
  private ServiceAnswers() {}

  /**
   * A publish: 201 with a {@code <Message>} whose MessageBodyMD5 is {@code expectedMd5} (any letter
   * case).
   */
  static PublishResponse publish(HttpAnswer answer, String expectedMd5) {
    if (answer.status() != 201) {
      throw Answers.failure(answer, "publish", 201);
    }
    PublishResponse response =
        Answers.readSuccess(answer, "publish", ProtocolXml::readPublishResponse);
    if (!expectedMd5.equalsIgnoreCase(response.bodyMd5())) {
      throw new MqClientException(
          "publish answered MessageBodyMD5 "
              + response.bodyMd5()
              + " but the body's MD5 is "
              + expectedMd5);
    }
    return response;
  }

  /** A consume: 200 with at least one message, or an empty list for 404 {@code MessageNotExist}. */
  static List<ConsumedMessage> consume(HttpAnswer answer) {
    if (answer.status() == 200) {
      List<ConsumedMessage> messages =
          Answers.readSuccess(answer, "consume", ProtocolXml::readConsumedMessages).messages();
      if (messages.isEmpty()) {
        throw new MqClientException(
            "consume answered 200 with an empty <Messages>; the protocol answers 404 MessageNotExist");
      }
      return messages;
    }
    if (answer.status() == ErrorCode.MESSAGE_NOT_EXIST.httpStatus() && isMessageNotExist(answer)) {
      return List.of();
    }
    throw Answers.failure(answer, "consume", 200);
  }

  /**
   * An ack, commit or rollback ({@code operation} names it in messages): 204, else a readable
   * {@code <Errors>} is {@link AckFailedException} and anything else, an unreadable {@code
   * <Errors>} included, a whole-request failure ({@link MqServiceException} with the raw body for
   * an error status).
   */
  static void delete(HttpAnswer answer, String operation) {
    if (answer.status() == 204) {
      return;
    }
    if (!answer.isSuccessFamily() && hasRoot(answer, "Errors")) {
      try {
        throw new AckFailedException(
            answer.status(),
            ProtocolXml.readHandleErrors(answer.body()).errors(),
            answer.requestIdHeader());
      } catch (MalformedXmlException unreadable) {
        // an <Errors> that is cut short or lacks its required elements: reported like any
        // unreadable error body
      }
    }
    throw Answers.failure(answer, operation, 204);
  }

  private static boolean isMessageNotExist(HttpAnswer answer) {
    try {
      ErrorResponse error = ProtocolXml.readErrorResponse(answer.body());
      return ErrorCode.MESSAGE_NOT_EXIST.wireCode().equals(error.code());
    } catch (MalformedXmlException e) {
      return false;
    }
  }

  private static boolean hasRoot(HttpAnswer answer, String rootName) {
    try {
      return rootName.equals(ProtocolXml.rootElementName(answer.body()));
    } catch (MalformedXmlException e) {
      return false;
    }
  }
}
