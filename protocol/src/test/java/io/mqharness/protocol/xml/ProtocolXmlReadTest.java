package io.mqharness.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.ErrorResponse;
import io.mqharness.protocol.model.HandleError;
import io.mqharness.protocol.model.HandleErrors;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.properties.InvalidPropertyException;
import io.mqharness.protocol.support.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading every body of {@code vectors/bodies} and the variants SDKs send (SPEC §4, §8). */
class ProtocolXmlReadTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "publish-request.go.xml;                hello;       TagA; KEYS:k1|",
        "publish-request.java.xml;              hello props; TagB; a:b|__STARTDELIVERTIME:1700000000000|__SHARDINGKEY:shard-1|KEYS:key-1|",
        "publish-request.java-transactional.xml; half;       TagT; __TransCheckT:10|",
        "publish-request.node-aliyunmq.xml;     hello props; TagB; a:b|KEYS:key-1|",
        "publish-request.node-fork.xml;         hello props; TagB; a:b|KEYS:key-1|",
        "publish-request.node-fork-trans.xml;   half;        TagT; __TransCheckT:10|",
        "publish-request.python.xml;            'hello <&> \"q\"'; TagA; KEYS:k1|a:b|"
      })
  void readsEverySdksPublishRequest(String file, String body, String tag, String properties) {
    // when
    PublishRequest request = ProtocolXml.readPublishRequest(Vectors.body(file));
    // then: namespace with or without slash or none, CDATA, Python's Body-Properties-Tag order
    assertThat(request.body()).isEqualTo(body);
    assertThat(request.tag()).isEqualTo(tag);
    assertThat(request.properties())
        .isEqualTo(io.mqharness.protocol.properties.MessagePropertiesCodec.decode(properties));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ack-request.go.xml",
        "ack-request.java.xml",
        "ack-request.node-aliyunmq.xml",
        "ack-request.python.xml"
      })
  void readsEverySdksReceiptHandles(String file) {
    assertThat(ProtocolXml.readReceiptHandles(Vectors.body(file)).handles())
        .containsExactly("RH-1", "RH-2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<ReceiptHandles/>",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><ReceiptHandles xmlns=\"http://mq.aliyuncs.com/doc/v1/\"></ReceiptHandles>",
        "<ReceiptHandles xmlns=\"http://mq.aliyuncs.com/doc/v1\">\n  </ReceiptHandles>"
      })
  void readsReceiptHandlesWithoutAnyHandleAsAnEmptyList(String xml) {
    assertThat(ProtocolXml.readReceiptHandles(utf8(xml)).handles()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<ReceiptHandles><ReceiptHandle>RH-1</ReceiptHandle><ReceiptHandle></ReceiptHandle><ReceiptHandle>RH-2</ReceiptHandle></ReceiptHandles>",
        "<ReceiptHandles><ReceiptHandle>RH-1</ReceiptHandle><ReceiptHandle/><ReceiptHandle>RH-2</ReceiptHandle></ReceiptHandles>",
        "<ReceiptHandles><ReceiptHandle><![CDATA[RH-1]]></ReceiptHandle><ReceiptHandle><![CDATA[]]></ReceiptHandle><ReceiptHandle>RH-2</ReceiptHandle></ReceiptHandles>"
      })
  void keepsAnEmptyReceiptHandleAsAnEntryInItsPlace(String xml) {
    assertThat(ProtocolXml.readReceiptHandles(utf8(xml)).handles())
        .containsExactly("RH-1", "", "RH-2");
  }

  @Test
  void readsTheConsumeResponse() {
    // when
    var messages =
        ProtocolXml.readConsumedMessages(Vectors.body("consume-response.xml")).messages();
    // then
    assertThat(messages).hasSize(2);
    ConsumedMessage first = messages.get(0);
    assertThat(first.messageId()).isEqualTo("M1");
    assertThat(first.receiptHandle()).isEqualTo("RH-1");
    assertThat(first.bodyMd5()).isEqualTo("5D41402ABC4B2A76B9719D911017C592");
    assertThat(first.body()).isEqualTo("hello");
    assertThat(first.publishTime()).isEqualTo(1700000000000L);
    assertThat(first.nextConsumeTime()).isEqualTo(1700000300100L);
    assertThat(first.firstConsumeTime()).isEqualTo(1700000000100L);
    assertThat(first.consumedTimes()).isEqualTo(1);
    assertThat(first.tag()).isEqualTo("TagA");
    assertThat(first.properties().asMap())
        .containsExactly(Map.entry("KEYS", "k1"), Map.entry("a", "b"));
    assertThat(messages.get(1).messageId()).isEqualTo("M2");
    assertThat(messages.get(1).properties().isEmpty()).isTrue();
  }

  @Test
  void readsASingleMessageAsAOneElementList() {
    // given
    String xml =
        "<Messages><Message><MessageId>M1</MessageId><ReceiptHandle>RH</ReceiptHandle><MessageBody>x</MessageBody>"
            + "<PublishTime>1</PublishTime><NextConsumeTime>2</NextConsumeTime><FirstConsumeTime>1</FirstConsumeTime>"
            + "<ConsumedTimes>3</ConsumedTimes></Message></Messages>";
    // when
    var messages = ProtocolXml.readConsumedMessages(utf8(xml)).messages();
    // then
    assertThat(messages)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.consumedTimes()).isEqualTo(3);
              assertThat(m.tag()).isNull();
              assertThat(m.bodyMd5()).isNull();
            });
  }

  @Test
  void ignoresUnknownElementsEvenBetweenListItems() {
    // given
    String xml =
        "<ReceiptHandles><Extra>1</Extra><ReceiptHandle>RH-1</ReceiptHandle><Nested><a>b</a></Nested>"
            + "<ReceiptHandle>RH-2</ReceiptHandle></ReceiptHandles>";
    // then
    assertThat(ProtocolXml.readReceiptHandles(utf8(xml)).handles()).containsExactly("RH-1", "RH-2");
  }

  @Test
  void readsPublishResponses() {
    assertThat(ProtocolXml.readPublishResponse(Vectors.body("publish-response.xml")))
        .isEqualTo(
            new PublishResponse(
                "0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C", "5D41402ABC4B2A76B9719D911017C592", null));
    assertThat(ProtocolXml.readPublishResponse(Vectors.body("publish-response-transactional.xml")))
        .isEqualTo(
            new PublishResponse(
                "0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4D",
                "7AFE399F1415B137D0962F82662FA9D4",
                "TX-0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4D-1"));
  }

  @ParameterizedTest
  @CsvSource({
    "error-message-not-exist.xml, MessageNotExist, Message not exist., 5F2A0C1B3D4E5F60718293A4",
    "error-topic-not-exist.xml, TopicNotExist, The topic you provided does not exist., 5F2A0C1B3D4E5F60718293A5",
    "error-signature.xml, SignatureDoesNotMatch, The request signature we calculated does not match the signature you provided., 5F2A0C1B3D4E5F60718293A6"
  })
  void readsErrorBodies(String file, String code, String message, String requestId) {
    assertThat(ProtocolXml.readErrorResponse(Vectors.body(file)))
        .isEqualTo(new ErrorResponse(code, message, requestId, "http://127.0.0.1:18100"));
  }

  @Test
  void readsPerHandleErrors() {
    assertThat(ProtocolXml.readHandleErrors(Vectors.body("ack-partial-failure.xml")).errors())
        .containsExactly(
            new HandleError(
                "ReceiptHandleError", "The receipt handle you provide is not valid.", "RH-BAD"));
  }

  @Test
  void aFailedEmptyHandleComesBackEmptyNotMissing() {
    // given: the answer to a batch that held an empty entry
    byte[] written =
        ProtocolXml.writeHandleErrors(
            new HandleErrors(List.of(new HandleError("ReceiptHandleError", "empty", ""))));
    // then
    assertThat(ProtocolXml.readHandleErrors(written).errors())
        .extracting(HandleError::receiptHandle)
        .containsExactly("");
  }

  @Test
  void keepsWhitespaceAndJoinsTextWithCdata() {
    // given
    String xml =
        "<Message><MessageBody>  a &amp; <![CDATA[<b> & ]]>c  </MessageBody><MessageTag/></Message>";
    // when
    PublishRequest request = ProtocolXml.readPublishRequest(utf8(xml));
    // then
    assertThat(request.body()).isEqualTo("  a & <b> & c  ");
    assertThat(request.tag()).isNull();
  }

  @Test
  void tellsTheRootOfAFailedAck() {
    assertThat(ProtocolXml.rootElementName(Vectors.body("ack-partial-failure.xml")))
        .isEqualTo("Errors");
    assertThat(ProtocolXml.rootElementName(Vectors.body("error-topic-not-exist.xml")))
        .isEqualTo("Error");
  }

  @Test
  void aMalformedPropertyPairIsAnInvalidArgumentNotMalformedXml() {
    // given: well-formed XML, but a pair a server must refuse with InvalidArgument (SPEC §5.1)
    String xml = "<Message><MessageBody>x</MessageBody><Properties>a:b:c|</Properties></Message>";
    // then
    assertThatThrownBy(() -> ProtocolXml.readPublishRequest(utf8(xml)))
        .isInstanceOf(InvalidPropertyException.class);
  }

  @Test
  void consumedPropertiesAreReadBackTolerantly() {
    // given
    String xml =
        "<Messages><Message><MessageId>M1</MessageId><ReceiptHandle>RH</ReceiptHandle><MessageBody>x</MessageBody>"
            + "<PublishTime>1</PublishTime><NextConsumeTime>2</NextConsumeTime><FirstConsumeTime>1</FirstConsumeTime>"
            + "<ConsumedTimes>1</ConsumedTimes><Properties>a:b:c|d:e</Properties></Message></Messages>";
    // then
    assertThat(ProtocolXml.readConsumedMessages(utf8(xml)).messages().get(0).properties().asMap())
        .containsExactly(Map.entry("d", "e"));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
