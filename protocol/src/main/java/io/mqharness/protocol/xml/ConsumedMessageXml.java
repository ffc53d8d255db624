package io.mqharness.protocol.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.Namespaces;
import io.mqharness.protocol.properties.MessagePropertiesCodec;

/** One {@code <Message>} inside {@code <Messages>}, children in the SPEC §4.4 order. */
@JsonPropertyOrder({
  "MessageId",
  "ReceiptHandle",
  "MessageBodyMD5",
  "MessageBody",
  "PublishTime",
  "NextConsumeTime",
  "FirstConsumeTime",
  "ConsumedTimes",
  "MessageTag",
  "Properties"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
record ConsumedMessageXml(
    @JacksonXmlProperty(localName = "MessageId", namespace = Namespaces.WITH_SLASH)
        String messageId,
    @JacksonXmlProperty(localName = "ReceiptHandle", namespace = Namespaces.WITH_SLASH)
        String receiptHandle,
    @JacksonXmlProperty(localName = "MessageBodyMD5", namespace = Namespaces.WITH_SLASH)
        String bodyMd5,
    @JacksonXmlProperty(localName = "MessageBody", namespace = Namespaces.WITH_SLASH) String body,
    @JacksonXmlProperty(localName = "PublishTime", namespace = Namespaces.WITH_SLASH)
        String publishTime,
    @JacksonXmlProperty(localName = "NextConsumeTime", namespace = Namespaces.WITH_SLASH)
        String nextConsumeTime,
    @JacksonXmlProperty(localName = "FirstConsumeTime", namespace = Namespaces.WITH_SLASH)
        String firstConsumeTime,
    @JacksonXmlProperty(localName = "ConsumedTimes", namespace = Namespaces.WITH_SLASH)
        String consumedTimes,
    @JacksonXmlProperty(localName = "MessageTag", namespace = Namespaces.WITH_SLASH) String tag,
    @JacksonXmlProperty(localName = "Properties", namespace = Namespaces.WITH_SLASH)
        String properties) {

  static ConsumedMessageXml from(ConsumedMessage m) {
    return new ConsumedMessageXml(
        m.messageId(),
        m.receiptHandle(),
        m.bodyMd5(),
        m.body(),
        Long.toString(m.publishTime()),
        Long.toString(m.nextConsumeTime()),
        Long.toString(m.firstConsumeTime()),
        Integer.toString(m.consumedTimes()),
        Texts.emptyToNull(m.tag()),
        MessagePropertiesCodec.encode(m.properties()));
  }

  /**
   * Requires what the Python SDK requires (SPEC §4.4); properties are read back tolerantly (SPEC
   * §5.2).
   */
  ConsumedMessage toModel() {
    return new ConsumedMessage(
        Texts.requiredNonEmpty(messageId, "MessageId"),
        Texts.requiredNonEmpty(receiptHandle, "ReceiptHandle"),
        Texts.emptyToNull(bodyMd5),
        Texts.required(body, "MessageBody"),
        Texts.requiredLong(publishTime, "PublishTime"),
        Texts.requiredLong(nextConsumeTime, "NextConsumeTime"),
        Texts.requiredLong(firstConsumeTime, "FirstConsumeTime"),
        Texts.requiredInt(consumedTimes, "ConsumedTimes"),
        Texts.emptyToNull(tag),
        MessagePropertiesCodec.decode(properties));
  }
}
