package io.mqharness.conformance.support.fault;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A 200 consume answer (SPEC §4.4) written byte by byte, so that a message body can hold what no
 * XML writer would produce: characters XML 1.0 forbids (U+0001) or bytes that are not UTF-8 (an
 * encoded lone surrogate), as a real service hands out for messages published over its other
 * protocols.
 */
public final class RawConsumeAnswer {
  private static final byte[] HEAD =
      utf8(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Messages xmlns=\"http://mq.aliyuncs.com/doc/v1/\">");
  private static final byte[] TAIL = utf8("</Messages>");

  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final long publishTime;

  /**
   * {@code publishTime}: epoch ms given to every message (it is consumed for the first time a
   * minute later).
   */
  public RawConsumeAnswer(long publishTime) {
    this.publishTime = publishTime;
    body.writeBytes(HEAD);
  }

  /**
   * Appends a {@code <Message>} whose body is {@code bodyBytes} exactly as given (not escaped, not
   * checked).
   */
  public RawConsumeAnswer message(String messageId, String receiptHandle, byte[] bodyBytes) {
    body.writeBytes(
        utf8(
            "<Message><MessageId>"
                + messageId
                + "</MessageId><ReceiptHandle>"
                + receiptHandle
                + "</ReceiptHandle><MessageBodyMD5>0123456789ABCDEF0123456789ABCDEF</MessageBodyMD5><MessageBody>"));
    body.writeBytes(bodyBytes);
    body.writeBytes(
        utf8(
            "</MessageBody><PublishTime>"
                + publishTime
                + "</PublishTime><NextConsumeTime>"
                + (publishTime + 360_000)
                + "</NextConsumeTime><FirstConsumeTime>"
                + (publishTime + 60_000)
                + "</FirstConsumeTime><ConsumedTimes>1</ConsumedTimes></Message>"));
    return this;
  }

  /** The answer: 200, the protocol's content type and a request id. */
  public ResponseDefinitionBuilder answer(String requestId) {
    byte[] bytes = body.toByteArray();
    byte[] whole = new byte[bytes.length + TAIL.length];
    System.arraycopy(bytes, 0, whole, 0, bytes.length);
    System.arraycopy(TAIL, 0, whole, bytes.length, TAIL.length);
    return FaultAnswers.xml(200, whole).withHeader("x-mq-request-id", requestId);
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
