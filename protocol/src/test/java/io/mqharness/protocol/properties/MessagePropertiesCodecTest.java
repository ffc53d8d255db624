package io.mqharness.protocol.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqharness.protocol.support.Vectors;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessagePropertiesCodecTest {

  static Stream<JsonNode> encodeVectors() {
    return StreamSupport.stream(Vectors.json("properties.json").get("encode").spliterator(), false);
  }

  static Stream<JsonNode> decodeVectors() {
    return StreamSupport.stream(Vectors.json("properties.json").get("decode").spliterator(), false);
  }

  static Stream<String> forbiddenCharacters() {
    return StreamSupport.stream(
            Vectors.json("properties.json").get("forbidden_characters").spliterator(), false)
        .map(JsonNode::asText);
  }

  @ParameterizedTest
  @MethodSource("encodeVectors")
  void encodesEverySdkMapInTheTrailingBarForm(JsonNode vector) {
    // given
    MessageProperties properties = MessageProperties.of(Vectors.stringMap(vector.get("map")));
    String sdkWire = vector.get("wire").isNull() ? null : vector.get("wire").asText();
    // when
    String wire = MessagePropertiesCodec.encode(properties);
    // then: the service echoes the trailing-bar form; the Node SDKs omit the last bar
    String expected = sdkWire == null || sdkWire.endsWith("|") ? sdkWire : sdkWire + "|";
    assertThat(wire).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("encodeVectors")
  void readsBackWhatEverySdkSends(JsonNode vector) {
    // given
    String sdkWire = vector.get("wire").isNull() ? null : vector.get("wire").asText();
    // when
    MessageProperties tolerant = MessagePropertiesCodec.decode(sdkWire);
    MessageProperties strict = MessagePropertiesCodec.decodeStrict(sdkWire);
    // then
    Map<String, String> expected = Vectors.stringMap(vector.get("map"));
    assertThat(tolerant.asMap()).containsExactlyEntriesOf(expected);
    assertThat(strict.asMap()).containsExactlyEntriesOf(expected);
  }

  @ParameterizedTest
  @MethodSource("decodeVectors")
  void decodesTolerantlyAsSpecSection52Says(JsonNode vector) {
    // when
    MessageProperties properties = MessagePropertiesCodec.decode(vector.get("wire").asText());
    // then
    assertThat(properties.asMap()).containsExactlyEntriesOf(Vectors.stringMap(vector.get("map")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a:b:c|d:e|", "a:|c:d|", ":b|c:d|", "novalue|", "a:b|x"})
  void strictDecodingRejectsMalformedPairs(String wire) {
    assertThatThrownBy(() -> MessagePropertiesCodec.decodeStrict(wire))
        .isInstanceOf(InvalidPropertyException.class);
  }

  @Test
  void strictDecodingSkipsEmptyItemsAndKeepsTheLastDuplicate() {
    // when
    MessageProperties properties = MessagePropertiesCodec.decodeStrict("|a:1||b:2|a:3|");
    // then
    assertThat(properties.asMap()).containsExactly(Map.entry("a", "3"), Map.entry("b", "2"));
  }

  @ParameterizedTest
  @MethodSource("forbiddenCharacters")
  void refusesForbiddenCharactersInKeysAndValues(String forbidden) {
    assertThatThrownBy(() -> MessageProperties.of(Map.of("k" + forbidden, "v")))
        .isInstanceOf(InvalidPropertyException.class);
    assertThatThrownBy(() -> MessageProperties.of(Map.of("k", "v" + forbidden)))
        .isInstanceOf(InvalidPropertyException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"&", "\"", "'", "<", ">"})
  void strictDecodingRejectsForbiddenCharactersWhileTolerantDecodingDropsThePair(String forbidden) {
    // given
    String wire = "a" + forbidden + ":b|c:d|";
    // then
    assertThatThrownBy(() -> MessagePropertiesCodec.decodeStrict(wire))
        .isInstanceOf(InvalidPropertyException.class);
    assertThat(MessagePropertiesCodec.decode(wire).asMap()).containsExactly(Map.entry("c", "d"));
  }

  @Test
  void refusesEmptyKeysAndValues() {
    assertThatThrownBy(() -> MessageProperties.of(Map.of("", "v")))
        .isInstanceOf(InvalidPropertyException.class);
    assertThatThrownBy(() -> MessageProperties.of(Map.of("k", "")))
        .isInstanceOf(InvalidPropertyException.class);
  }

  @Test
  void emptyOrMissingWireGivesNoProperties() {
    for (String wire : List.of("", "|", "||")) {
      assertThat(MessagePropertiesCodec.decode(wire).isEmpty()).as(wire).isTrue();
      assertThat(MessagePropertiesCodec.decodeStrict(wire).isEmpty()).as(wire).isTrue();
    }
    assertThat(MessagePropertiesCodec.decode(null).isEmpty()).isTrue();
    assertThat(MessagePropertiesCodec.encode(MessageProperties.empty())).isNull();
  }

  @Test
  void systemKeysHaveTypedAccessors() {
    // given
    MessageProperties properties =
        MessagePropertiesCodec.decode(
            "KEYS:k1|__STARTDELIVERTIME:1700000000000|__TransCheckT:10|__SHARDINGKEY:s1|");
    // then
    assertThat(properties.messageKey()).contains("k1");
    assertThat(properties.startDeliverTime()).hasValue(1700000000000L);
    assertThat(properties.transCheckImmunitySeconds()).hasValue(10);
    assertThat(properties.shardingKey()).contains("s1");
    assertThat(properties.isTransactional()).isTrue();
  }
}
