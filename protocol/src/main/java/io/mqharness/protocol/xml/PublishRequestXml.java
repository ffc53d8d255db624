package io.mqharness.protocol.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.mqharness.protocol.model.Namespaces;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.properties.MessagePropertiesCodec;

/** Publish request {@code <Message>} (SPEC §4.2). Written in the slash namespace; read in any. */
@JacksonXmlRootElement(localName = "Message", namespace = Namespaces.WITH_SLASH)
@JsonPropertyOrder({"MessageBody", "MessageTag", "Properties"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record PublishRequestXml(
    @JacksonXmlProperty(localName = "MessageBody", namespace = Namespaces.WITH_SLASH) String body,
    @JacksonXmlProperty(localName = "MessageTag", namespace = Namespaces.WITH_SLASH) String tag,
    @JacksonXmlProperty(localName = "Properties", namespace = Namespaces.WITH_SLASH)
        String properties) {

  static PublishRequestXml from(PublishRequest request) {
    return new PublishRequestXml(
        request.body(),
        Texts.emptyToNull(request.tag()),
        MessagePropertiesCodec.encode(request.properties()));
  }

  /**
   * Properties are checked strictly, as a server must (SPEC §5.1): a bad pair is an
   * InvalidPropertyException.
   */
  PublishRequest toModel() {
    return new PublishRequest(
        Texts.required(body, "MessageBody"),
        Texts.emptyToNull(tag),
        MessagePropertiesCodec.decodeStrict(properties));
  }
}
