package io.mqharness.simulations.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.sign.ContentDigest;
import io.mqharness.protocol.xml.MalformedXmlException;
import io.mqharness.protocol.xml.ProtocolXml;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A publish answer is checked on its MessageId and MessageBodyMD5, read cheaply or by the
 * protocol's reader.
 */
class PublishAnswersTest {
  private static final String BODY = "m42-defghijklmnop";
  private static final String MD5 = ContentDigest.messageBodyMd5(BODY);
  private static final String ID = "0B2D4F6A8C1E3A5C7E9F1B3D5F7A9C1E";

  @Test
  void theServicesAnswerIsReadWithoutTheXmlReader() {
    // given: the answer as the simulator writes it, for a normal and for a half message
    byte[] normal = ProtocolXml.writePublishResponse(new PublishResponse(ID, MD5, null));
    byte[] half = ProtocolXml.writePublishResponse(new PublishResponse(ID, MD5, "RH-1-abc"));
    // when / then: the cheap reading sees it and agrees with the protocol's reader
    assertThat(PublishAnswers.readPlain(normal))
        .isEqualTo(ProtocolXml.readPublishResponse(normal))
        .isEqualTo(new PublishResponse(ID, MD5, null));
    assertThat(PublishAnswers.readPlain(half))
        .isEqualTo(ProtocolXml.readPublishResponse(half))
        .isEqualTo(new PublishResponse(ID, MD5, "RH-1-abc"));
  }

  @Test
  void aRightAnswerPassesTheCheck() {
    byte[] answer =
        ProtocolXml.writePublishResponse(new PublishResponse(ID, MD5.toLowerCase(), null));
    assertThat(ProtocolBodies.checkedPublishAnswer(answer, MD5).messageId()).isEqualTo(ID);
  }

  @Test
  void aWrongMd5FailsTheCheck() {
    // given: the MD5 of another body
    byte[] answer =
        ProtocolXml.writePublishResponse(
            new PublishResponse(ID, ContentDigest.messageBodyMd5(BODY + "x"), null));
    // when / then
    assertThatThrownBy(() -> ProtocolBodies.checkedPublishAnswer(answer, MD5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("but the body's MD5 is " + MD5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // no MessageId, an empty one, a blank one
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Message xmlns=\"http://mq.aliyuncs.com/doc/v1/\"><MessageBodyMD5>%s</MessageBodyMD5></Message>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Message xmlns=\"http://mq.aliyuncs.com/doc/v1/\"><MessageId></MessageId><MessageBodyMD5>%s</MessageBodyMD5></Message>",
        "<Message><MessageId> </MessageId><MessageBodyMD5>%s</MessageBodyMD5></Message>",
        // not a publish answer
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error xmlns=\"http://mq.aliyuncs.com/doc/v1\"><Code>TopicNotExist</Code><MessageId>X</MessageId><MessageBodyMD5>%s</MessageBodyMD5></Error>",
        "<Messages><Message><MessageId>X</MessageId><MessageBodyMD5>%s</MessageBodyMD5></Message></Messages>",
        // malformed: the right values in a broken document
        "<Message><MessageId>X</MessageId><MessageBodyMD5>%s</MessageBodyMD5><Junk></Message>",
        "<Message><MessageId>X</MessageId><MessageBodyMD5>%s</MessageBodyMD5>",
        "<Message><MessageId>X</MessageId><MessageBodyMD5>%s</MessageBodyMD5></Message><Message/>",
        "<Message><MessageId>X</MessageIdd><MessageBodyMD5>%s</MessageBodyMD5></Message>",
        ""
      })
  void anAnswerWithoutAValidMessageIdFailsTheCheck(String template) {
    byte[] answer = template.formatted(MD5).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ProtocolBodies.checkedPublishAnswer(answer, MD5))
        .isInstanceOfAny(MalformedXmlException.class, IllegalStateException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // CDATA, a prefix, entities, whitespace, another element order, unknown elements: the
        // protocol's reader decides
        "<Message><MessageId><![CDATA[%s]]></MessageId><MessageBodyMD5>%s</MessageBodyMD5></Message>",
        "<mq:Message xmlns:mq=\"http://mq.aliyuncs.com/doc/v1/\"><mq:MessageId>%s</mq:MessageId><mq:MessageBodyMD5>%s</mq:MessageBodyMD5></mq:Message>",
        "<?xml version='1.0'?>\n<Message>\n  <MessageId>%s</MessageId>\n  <MessageBodyMD5>%s</MessageBodyMD5>\n</Message>\n",
        "<Message><Extra><Nested>1</Nested></Extra><MessageId>%s</MessageId><MessageBodyMD5>%s</MessageBodyMD5></Message>"
      })
  void anotherWellFormedFormIsReadByTheProtocolsReader(String template) {
    byte[] answer = template.formatted(ID, MD5).getBytes(StandardCharsets.UTF_8);
    assertThat(PublishAnswers.readPlain(answer)).isNull();
    assertThat(ProtocolBodies.checkedPublishAnswer(answer, MD5))
        .isEqualTo(new PublishResponse(ID, MD5, null));
  }

  @Test
  void theOrderOfElementsDoesNotMatter() {
    byte[] answer =
        ("<Message><MessageBodyMD5>"
                + MD5
                + "</MessageBodyMD5><MessageId>"
                + ID
                + "</MessageId></Message>")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(PublishAnswers.readPlain(answer)).isEqualTo(new PublishResponse(ID, MD5, null));
  }
}
