package io.mqharness.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.model.ErrorResponse;
import org.junit.jupiter.api.Test;

/**
 * An error message that quotes the request stays a well-formed {@code <Error>}, whatever the
 * request held.
 */
class XmlSafeTextTest {

  @Test
  void aControlCharacterFromTheRequestIsWrittenAsAnEscapeAndTheErrorStaysReadable() {
    // given a topic name with U+0004 in it, as WholeRequestFuzzTest sent one (percent-encoded in
    // the path)
    String message = "The topic name \"T\u0004\" may hold only letters, digits, - and _.";

    // when a server answers with it
    byte[] body =
        ProtocolXml.writeErrorResponse(
            new ErrorResponse("InvalidArgument", message, "RID", "http://127.0.0.1:8080"));

    // then every reader can read the answer, and the character is named
    ErrorResponse read = ProtocolXml.readErrorResponse(body);
    assertThat(read.code()).isEqualTo("InvalidArgument");
    assertThat(read.message())
        .isEqualTo("The topic name \"T\\u0004\" may hold only letters, digits, - and _.");
  }

  @Test
  void textXmlCanCarryIsLeftAsItIs() {
    String text = "tab\tnewline\ncr\r ü € 😀 <&>";

    assertThat(XmlSafeText.of(text)).isSameAs(text);
    assertThat(XmlSafeText.of("\uFFFE \uD800 \u001F")).isEqualTo("\\uFFFE \\uD800 \\u001F");
  }
}
