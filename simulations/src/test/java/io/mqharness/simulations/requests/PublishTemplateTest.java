package io.mqharness.simulations.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.properties.InvalidPropertyException;
import io.mqharness.protocol.properties.MessageProperties;
import io.mqharness.protocol.xml.ProtocolXml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A templated publish body is byte for byte what the protocol's writer writes for the same message.
 */
class PublishTemplateTest {
  private static final String SENT_AT = ProtocolBodies.SENT_AT;
  private static final String CHECK = MessageProperties.TRANS_CHECK_IMMUNITY_TIME;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "m1-cdefghij", // what MessageFactory makes
        "", // an empty body
        "quotes \" and ' and = / ? ; # stay", // written as they are
        "tab\tand\nline feed", // idem
        "a & b < c > d", // escaped by the writer: the template hands over
        "carriage\rreturn", // a character reference
        "ünïcödé and 中文", // non-ASCII
      })
  void writesTheBytesTheProtocolsWriterWrites(String body) {
    // given: every shape MessageFactory uses
    PublishTemplate normal = new PublishTemplate(null, List.of(SENT_AT));
    PublishTemplate tagged = new PublishTemplate("TagA", List.of(SENT_AT));
    PublishTemplate transactional = new PublishTemplate(null, List.of(SENT_AT, CHECK));
    // when / then
    assertThat(normal.write(body, "1764403200123"))
        .isEqualTo(written(body, null, SENT_AT, "1764403200123"));
    assertThat(tagged.write(body, "1764403200123"))
        .isEqualTo(written(body, "TagA", SENT_AT, "1764403200123"));
    assertThat(transactional.write(body, "1764403200123", "10"))
        .isEqualTo(written(body, null, SENT_AT, "1764403200123", CHECK, "10"));
  }

  @Test
  void aShapeWithoutPropertiesHasNone() {
    assertThat(new PublishTemplate(null, List.of()).write("hello"))
        .isEqualTo(written("hello", null));
  }

  @Test
  void aValueTheProtocolRefusesIsRefusedAsTheWriterRefusesIt() {
    PublishTemplate normal = new PublishTemplate(null, List.of(SENT_AT));
    assertThatThrownBy(() -> normal.write("body", "1:2"))
        .isInstanceOf(InvalidPropertyException.class);
    assertThatThrownBy(() -> normal.write("body", "a|b"))
        .isInstanceOf(InvalidPropertyException.class);
    assertThatThrownBy(() -> normal.write("body", "")).isInstanceOf(InvalidPropertyException.class);
    assertThatThrownBy(() -> normal.write("body"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 property values expected");
  }

  private static byte[] written(String body, String tag, String... keysAndValues) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      properties.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return ProtocolXml.writePublishRequest(
        new PublishRequest(body, tag, MessageProperties.of(properties)));
  }
}
