package io.mqharness.protocol.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqharness.protocol.support.Vectors;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorCodeTest {

  static Stream<JsonNode> documentedCodes() {
    return StreamSupport.stream(Vectors.json("errors.json").get("codes").spliterator(), false);
  }

  @ParameterizedTest
  @MethodSource("documentedCodes")
  void everyVectorCodeIsKnownWithItsStatus(JsonNode vector) {
    // when
    var code = ErrorCode.fromWireCode(vector.get("code").asText());
    // then
    assertThat(code).isPresent();
    assertThat(code.get().httpStatus()).isEqualTo(vector.get("status").asInt());
  }

  @Test
  void theEnumHasNoCodeBeyondTheVectors() {
    var vectorCodes = documentedCodes().map(v -> v.get("code").asText()).toList();
    assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::wireCode))
        .containsExactlyInAnyOrderElementsOf(vectorCodes);
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void wireCodeRoundTrips(ErrorCode code) {
    assertThat(ErrorCode.fromWireCode(code.wireCode())).contains(code);
    assertThat(code.defaultMessage()).isNotBlank();
  }

  @Test
  void unknownAndDifferentlyCasedCodesAreNotGuessed() {
    assertThat(ErrorCode.fromWireCode("AckMessageFail")).isEmpty();
    assertThat(ErrorCode.fromWireCode("messagenotexist")).isEmpty();
    assertThat(ErrorCode.fromWireCode(null)).isEmpty();
  }

  @Test
  void perHandleErrorsTravelWithStatus404() {
    assertThat(ErrorCode.PER_HANDLE_ERRORS_STATUS).isEqualTo(404);
  }
}
