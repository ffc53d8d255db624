package io.mqharness.protocol.xml;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever arrives, reading ends quickly in MalformedXmlException and nothing else. */
class MalformedXmlTest {
  private static final String ENTITY_BOMB =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
          + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
          + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
          + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
          + "<Message><MessageBody>&lol3;</MessageBody></Message>";

  static Stream<Arguments> malformedPublishBodies() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("not XML", "hello"),
        Arguments.of("JSON", "{\"MessageBody\":\"x\"}"),
        Arguments.of("truncated", "<Message><MessageBody>x</MessageBody>"),
        Arguments.of("truncated in a tag", "<Message><MessageBo"),
        Arguments.of("mismatched tags", "<Message><MessageBody>x</MessageTag></Message>"),
        Arguments.of(
            "unescaped ampersand (Node fork)",
            "<Message><MessageBody>a & b</MessageBody></Message>"),
        Arguments.of("unclosed CDATA", "<Message><MessageBody><![CDATA[x</MessageBody></Message>"),
        Arguments.of(
            "wrong root", "<ReceiptHandles><ReceiptHandle>x</ReceiptHandle></ReceiptHandles>"),
        Arguments.of("second root", "<Message><MessageBody>x</MessageBody></Message><Message/>"),
        Arguments.of("junk after the root", "<Message><MessageBody>x</MessageBody></Message>junk"),
        Arguments.of("entity bomb", ENTITY_BOMB),
        Arguments.of(
            "external entity",
            "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Message><MessageBody>&x;</MessageBody></Message>"),
        Arguments.of(
            "harmless DOCTYPE",
            "<!DOCTYPE Message><Message><MessageBody>x</MessageBody></Message>"),
        Arguments.of("undeclared entity", "<Message><MessageBody>&nbsp;</MessageBody></Message>"),
        Arguments.of("missing MessageBody", "<Message><MessageTag>t</MessageTag></Message>"),
        Arguments.of("empty root", "<Message/>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedPublishBodies")
  void aMalformedPublishBodyIsMalformedXml(String name, String xml) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () ->
            assertThatThrownBy(
                    () -> ProtocolXml.readPublishRequest(xml.getBytes(StandardCharsets.UTF_8)))
                .isExactlyInstanceOf(MalformedXmlException.class));
  }

  static Stream<Arguments> incompleteResponses() {
    String message =
        "<MessageId>M</MessageId><ReceiptHandle>RH</ReceiptHandle><MessageBody>b</MessageBody>"
            + "<NextConsumeTime>2</NextConsumeTime><FirstConsumeTime>1</FirstConsumeTime><ConsumedTimes>1</ConsumedTimes>";
    return Stream.of(
        Arguments.of(
            "publish answer without MessageId",
            "<Message><MessageBodyMD5>X</MessageBodyMD5></Message>",
            (Function<byte[], ?>) ProtocolXml::readPublishResponse),
        Arguments.of(
            "publish answer with empty MessageBodyMD5",
            "<Message><MessageId>M</MessageId><MessageBodyMD5/></Message>",
            (Function<byte[], ?>) ProtocolXml::readPublishResponse),
        Arguments.of(
            "message without PublishTime",
            "<Messages><Message>" + message + "</Message></Messages>",
            (Function<byte[], ?>) ProtocolXml::readConsumedMessages),
        Arguments.of(
            "non-numeric PublishTime",
            "<Messages><Message>"
                + message
                + "<PublishTime>soon</PublishTime></Message></Messages>",
            (Function<byte[], ?>) ProtocolXml::readConsumedMessages),
        Arguments.of(
            "error without Code",
            "<Error><Message>m</Message></Error>",
            (Function<byte[], ?>) ProtocolXml::readErrorResponse),
        Arguments.of(
            "Errors read as Error",
            "<Errors><Error><ErrorCode>c</ErrorCode></Error></Errors>",
            (Function<byte[], ?>) ProtocolXml::readErrorResponse),
        Arguments.of(
            "handle error without code",
            "<Errors><Error><ReceiptHandle>r</ReceiptHandle></Error></Errors>",
            (Function<byte[], ?>) ProtocolXml::readHandleErrors),
        Arguments.of(
            "truncated receipt handles",
            "<ReceiptHandles><ReceiptHandle>a</ReceiptHandle>",
            (Function<byte[], ?>) ProtocolXml::readReceiptHandles));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("incompleteResponses")
  void anIncompleteDocumentIsMalformedXml(String name, String xml, Function<byte[], ?> reader) {
    assertThatThrownBy(() -> reader.apply(xml.getBytes(StandardCharsets.UTF_8)))
        .isExactlyInstanceOf(MalformedXmlException.class);
  }

  @Test
  void nullAndInvalidUtf8AreMalformedXml() {
    assertThatThrownBy(() -> ProtocolXml.readReceiptHandles(null))
        .isExactlyInstanceOf(MalformedXmlException.class);
    byte[] invalidUtf8 = {
      '<',
      'R',
      'e',
      'c',
      'e',
      'i',
      'p',
      't',
      'H',
      'a',
      'n',
      'd',
      'l',
      'e',
      's',
      '>',
      (byte) 0xC3,
      (byte) 0x28
    };
    assertThatThrownBy(() -> ProtocolXml.readReceiptHandles(invalidUtf8))
        .isExactlyInstanceOf(MalformedXmlException.class);
    assertThatThrownBy(() -> ProtocolXml.rootElementName("<".getBytes(StandardCharsets.UTF_8)))
        .isExactlyInstanceOf(MalformedXmlException.class);
  }
}
