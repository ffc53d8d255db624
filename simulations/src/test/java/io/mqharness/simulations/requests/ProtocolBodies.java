package io.mqharness.simulations.requests;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.model.ReceiptHandles;
import io.mqharness.protocol.model.WireHeaders;
import io.mqharness.protocol.properties.MessageProperties;
import io.mqharness.protocol.sign.ContentDigest;
import io.mqharness.protocol.xml.ProtocolXml;
import java.util.List;

/** Request bodies written, and answers read and checked, with the protocol library's wire model. */
public final class ProtocolBodies {
  public static final String CONTENT_TYPE = WireHeaders.REQUEST_CONTENT_TYPE;

  /** Set by the producers of a run on each message: the publish time as the producer saw it. */
  public static final String SENT_AT = "harnessSentAt";

  private ProtocolBodies() {}

  public static byte[] publish(String body, String tag, MessageProperties properties) {
    return ProtocolXml.writePublishRequest(new PublishRequest(body, tag, properties));
  }

  public static byte[] receiptHandles(List<String> handles) {
    return ProtocolXml.writeReceiptHandles(new ReceiptHandles(handles));
  }

  /**
   * The publish answer, or an exception (a failed Gatling check) when it is not a {@code <Message>}
   * answer, has no MessageId, or a MessageBodyMD5 other than {@code expectedMd5} (of the body sent,
   * {@link ContentDigest#messageBodyMd5}). An answer in the service's own form is read by {@link
   * PublishAnswers}, any other by the protocol's XML reader.
   */
  public static PublishResponse checkedPublishAnswer(byte[] answer, String expectedMd5) {
    PublishResponse response = PublishAnswers.read(answer);
    if (response.messageId() == null || response.messageId().isBlank()) {
      throw new IllegalStateException("publish answer without MessageId");
    }
    if (!expectedMd5.equalsIgnoreCase(response.bodyMd5())) {
      throw new IllegalStateException(
          "MessageBodyMD5 " + response.bodyMd5() + " but the body's MD5 is " + expectedMd5);
    }
    return response;
  }

  /**
   * The {@code Code} of an {@code <Error>} answer (SPEC §4.6), or the root element's name for any
   * other document.
   */
  public static String errorCode(String answer) {
    byte[] bytes = answer.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String root = ProtocolXml.rootElementName(bytes);
    return "Error".equals(root) ? ProtocolXml.readErrorResponse(bytes).code() : "<" + root + ">";
  }

  /**
   * A 200 {@code <Messages>} or a 404 {@code MessageNotExist} (no message, an empty list); anything
   * else throws.
   */
  public static List<ConsumedMessage> consumeAnswer(byte[] answer) {
    String root = ProtocolXml.rootElementName(answer);
    if ("Messages".equals(root)) {
      return ProtocolXml.readConsumedMessages(answer).messages();
    }
    if ("Error".equals(root)
        && "MessageNotExist".equals(ProtocolXml.readErrorResponse(answer).code())) {
      return List.of();
    }
    throw new IllegalStateException("consume answered <" + root + ">");
  }
}
