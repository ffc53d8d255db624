package io.mqharness.protocol.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.mqharness.protocol.model.Namespaces;
import io.mqharness.protocol.model.PublishResponse;

/**
 * Publish response {@code <Message>} (SPEC §4.3); {@code ReceiptHandle} only for a half message.
 */
@JacksonXmlRootElement(localName = "Message", namespace = Namespaces.WITH_SLASH)
@JsonPropertyOrder({"MessageId", "MessageBodyMD5", "ReceiptHandle"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record PublishResponseXml(
    @JacksonXmlProperty(localName = "MessageId", namespace = Namespaces.WITH_SLASH)
        String messageId,
    @JacksonXmlProperty(localName = "MessageBodyMD5", namespace = Namespaces.WITH_SLASH)
        String bodyMd5,
    @JacksonXmlProperty(localName = "ReceiptHandle", namespace = Namespaces.WITH_SLASH)
        String receiptHandle) {

  static PublishResponseXml from(PublishResponse response) {
    return new PublishResponseXml(
        response.messageId(), response.bodyMd5(), response.receiptHandle());
  }

  /** Like the Python SDK, requires a non-empty MessageId and MessageBodyMD5. */
  PublishResponse toModel() {
    return new PublishResponse(
        Texts.requiredNonEmpty(messageId, "MessageId"),
        Texts.requiredNonEmpty(bodyMd5, "MessageBodyMD5"),
        Texts.emptyToNull(receiptHandle));
  }
}
