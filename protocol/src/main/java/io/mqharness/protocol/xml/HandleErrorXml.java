package io.mqharness.protocol.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import io.mqharness.protocol.model.HandleError;
import io.mqharness.protocol.model.Namespaces;

/**
 * One {@code <Error>} inside {@code <Errors>}: exactly ErrorCode, ErrorMessage, ReceiptHandle (SPEC
 * §4.6).
 */
@JsonPropertyOrder({"ErrorCode", "ErrorMessage", "ReceiptHandle"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record HandleErrorXml(
    @JacksonXmlProperty(localName = "ErrorCode", namespace = Namespaces.WITH_SLASH)
        String errorCode,
    @JacksonXmlProperty(localName = "ErrorMessage", namespace = Namespaces.WITH_SLASH)
        String errorMessage,
    @JacksonXmlProperty(localName = "ReceiptHandle", namespace = Namespaces.WITH_SLASH)
        String receiptHandle) {

  static HandleErrorXml from(HandleError error) {
    return new HandleErrorXml(error.errorCode(), error.errorMessage(), error.receiptHandle());
  }

  /**
   * An empty {@code <ReceiptHandle/>} stays "": it names the empty entry a batch held (SPEC §7.3);
   * absent is null.
   */
  HandleError toModel() {
    return new HandleError(
        Texts.requiredNonEmpty(errorCode, "ErrorCode"),
        Texts.emptyToNull(errorMessage),
        receiptHandle);
  }
}
