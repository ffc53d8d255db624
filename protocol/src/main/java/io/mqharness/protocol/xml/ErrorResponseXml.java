package io.mqharness.protocol.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.mqharness.protocol.model.ErrorResponse;
import io.mqharness.protocol.model.Namespaces;

/**
 * Whole-request error {@code <Error>} (SPEC §4.6), in the namespace without slash that the Java SDK
 * binds to.
 */
@JacksonXmlRootElement(localName = "Error", namespace = Namespaces.WITHOUT_SLASH)
@JsonPropertyOrder({"Code", "Message", "RequestId", "HostId"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record ErrorResponseXml(
    @JacksonXmlProperty(localName = "Code", namespace = Namespaces.WITHOUT_SLASH) String code,
    @JacksonXmlProperty(localName = "Message", namespace = Namespaces.WITHOUT_SLASH) String message,
    @JacksonXmlProperty(localName = "RequestId", namespace = Namespaces.WITHOUT_SLASH)
        String requestId,
    @JacksonXmlProperty(localName = "HostId", namespace = Namespaces.WITHOUT_SLASH) String hostId) {

  /**
   * The free texts (Message, HostId) are made {@link XmlSafeText}, since they often quote the
   * request.
   */
  static ErrorResponseXml from(ErrorResponse error) {
    return new ErrorResponseXml(
        error.code(),
        XmlSafeText.of(error.message()),
        error.requestId(),
        XmlSafeText.of(error.hostId()));
  }

  /** Only the code is required; a client still reports an error whose other fields are missing. */
  ErrorResponse toModel() {
    return new ErrorResponse(
        Texts.requiredNonEmpty(code, "Code"),
        Texts.emptyToNull(message),
        Texts.emptyToNull(requestId),
        Texts.emptyToNull(hostId));
  }
}
