package io.mqharness.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.ConsumedMessages;
import io.mqharness.protocol.model.ErrorResponse;
import io.mqharness.protocol.model.HandleError;
import io.mqharness.protocol.model.HandleErrors;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.model.ReceiptHandles;
import io.mqharness.protocol.properties.MessageProperties;
import io.mqharness.protocol.properties.MessagePropertiesCodec;
import io.mqharness.protocol.support.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writing bodies exactly as SPEC §4 says the service sends them; compared byte for byte with the
 * vectors.
 */
class ProtocolXmlWriteTest {
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  @Test
  void writesThePublishResponseVectors() {
    assertThat(
            ProtocolXml.writePublishResponse(
                new PublishResponse(
                    "0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C", "5D41402ABC4B2A76B9719D911017C592", null)))
        .isEqualTo(Vectors.body("publish-response.xml"));
    assertThat(
            ProtocolXml.writePublishResponse(
                new PublishResponse(
                    "0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4D",
                    "7AFE399F1415B137D0962F82662FA9D4",
                    "TX-0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4D-1")))
        .isEqualTo(Vectors.body("publish-response-transactional.xml"));
  }

  @Test
  void writesTheConsumeResponseVector() {
    // given
    ConsumedMessages messages =
        new ConsumedMessages(
            List.of(
                new ConsumedMessage(
                    "M1",
                    "RH-1",
                    "5D41402ABC4B2A76B9719D911017C592",
                    "hello",
                    1700000000000L,
                    1700000300100L,
                    1700000000100L,
                    1,
                    "TagA",
                    MessageProperties.of(Map.of("KEYS", "k1")).with("a", "b")),
                new ConsumedMessage(
                    "M2",
                    "RH-2",
                    "7D793037A0760186574B0282F2F435E7",
                    "world",
                    1700000000050L,
                    1700000300100L,
                    1700000000100L,
                    1,
                    "TagA",
                    MessageProperties.empty())));
    // when
    byte[] xml = ProtocolXml.writeConsumedMessages(messages);
    // then
    assertThat(xml).isEqualTo(Vectors.body("consume-response.xml"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"error-message-not-exist.xml", "error-topic-not-exist.xml", "error-signature.xml"})
  void writesTheErrorVectors(String file) {
    // given
    ErrorResponse error = ProtocolXml.readErrorResponse(Vectors.body(file));
    // then: namespace without slash, four children, no whitespace
    assertThat(ProtocolXml.writeErrorResponse(error)).isEqualTo(Vectors.body(file));
  }

  @Test
  void writesThePartialAckFailureVector() {
    assertThat(
            ProtocolXml.writeHandleErrors(
                new HandleErrors(
                    List.of(
                        new HandleError(
                            "ReceiptHandleError",
                            "The receipt handle you provide is not valid.",
                            "RH-BAD")))))
        .isEqualTo(Vectors.body("ack-partial-failure.xml"));
  }

  @Test
  void escapesValuesAsSingleTextNodesWithoutCdata() {
    // given
    PublishResponse response = new PublishResponse("id", "md5", "a<b&c>d \"q\" 'x' ]]>\r\n");
    // when
    String xml = text(ProtocolXml.writePublishResponse(response));
    // then
    assertThat(xml)
        .contains("<ReceiptHandle>a&lt;b&amp;c&gt;d \"q\" 'x' ]]&gt;&#13;\n</ReceiptHandle>")
        .doesNotContain("CDATA");
    assertThat(ProtocolXml.readPublishResponse(ProtocolXml.writePublishResponse(response)))
        .isEqualTo(response);
  }

  @Test
  void omitsAnEmptyTagAndNoPropertiesInAConsumedMessage() {
    // given
    ConsumedMessage message =
        new ConsumedMessage("M", "RH", "MD5", "b", 1, 2, 1, 1, "", MessageProperties.empty());
    // when
    String xml = text(ProtocolXml.writeConsumedMessages(new ConsumedMessages(List.of(message))));
    // then
    assertThat(xml)
        .doesNotContain("MessageTag")
        .doesNotContain("Properties")
        .endsWith("<ConsumedTimes>1</ConsumedTimes></Message></Messages>");
  }

  @Test
  void refusesToWriteAnEmptyMessages() {
    assertThatThrownBy(() -> ProtocolXml.writeConsumedMessages(new ConsumedMessages(List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesAPublishRequestInTheSlashNamespaceWithTrailingBarProperties() {
    // given
    PublishRequest request =
        new PublishRequest("hello", "TagA", MessagePropertiesCodec.decode("KEYS:k1"));
    // then
    assertThat(text(ProtocolXml.writePublishRequest(request)))
        .isEqualTo(
            DECLARATION
                + "<Message xmlns=\"http://mq.aliyuncs.com/doc/v1/\"><MessageBody>hello</MessageBody><MessageTag>TagA</MessageTag>"
                + "<Properties>KEYS:k1|</Properties></Message>");
  }

  @Test
  void writesRequestsTheWayGoDoes() {
    // given
    PublishRequest request =
        new PublishRequest("hello", "TagA", MessagePropertiesCodec.decode("KEYS:k1|"));
    // then
    assertThat(ProtocolXml.writePublishRequest(request, RequestNamespace.NONE))
        .isEqualTo(Vectors.body("publish-request.go.xml"));
    assertThat(
            ProtocolXml.writeReceiptHandles(
                new ReceiptHandles(List.of("RH-1", "RH-2")), RequestNamespace.NONE))
        .isEqualTo(Vectors.body("ack-request.go.xml"));
  }

  @Test
  void writesRequestsInTheJavaNamespaceOnlyOnTheRoot() {
    // given: a body that mentions the slash namespace
    String body = "xmlns=\"http://mq.aliyuncs.com/doc/v1/\"";
    // when
    String xml =
        text(
            ProtocolXml.writePublishRequest(
                new PublishRequest(body, null, null), RequestNamespace.WITHOUT_SLASH));
    // then
    assertThat(xml)
        .isEqualTo(
            DECLARATION
                + "<Message xmlns=\"http://mq.aliyuncs.com/doc/v1\"><MessageBody>"
                + body
                + "</MessageBody></Message>");
  }

  @Test
  void writesReceiptHandlesLikePythonApartFromTheDeclarationsCase() {
    // given
    String python =
        Vectors.bodyText("ack-request.python.xml")
            .replace("encoding=\"utf-8\"", "encoding=\"UTF-8\"");
    // then
    assertThat(text(ProtocolXml.writeReceiptHandles(new ReceiptHandles(List.of("RH-1", "RH-2")))))
        .isEqualTo(python);
  }

  @Test
  void everyResponseVectorSurvivesARoundTrip() {
    assertThat(
            ProtocolXml.writeConsumedMessages(
                ProtocolXml.readConsumedMessages(Vectors.body("consume-response.xml"))))
        .isEqualTo(Vectors.body("consume-response.xml"));
    assertThat(
            ProtocolXml.writeHandleErrors(
                ProtocolXml.readHandleErrors(Vectors.body("ack-partial-failure.xml"))))
        .isEqualTo(Vectors.body("ack-partial-failure.xml"));
    assertThat(
            ProtocolXml.writePublishResponse(
                ProtocolXml.readPublishResponse(Vectors.body("publish-response.xml"))))
        .isEqualTo(Vectors.body("publish-response.xml"));
  }

  private static String text(byte[] xml) {
    return new String(xml, StandardCharsets.UTF_8);
  }
}
