package io.mqharness.protocol.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqharness.protocol.support.Vectors;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vector of {@code vectors/signatures.json} (SPEC §3.3). */
class SignatureVectorsTest {

  static Stream<JsonNode> vectors() {
    return StreamSupport.stream(
        Vectors.json("signatures.json").get("vectors").spliterator(), false);
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("vectors")
  void buildsTheStringToSign(JsonNode vector) {
    assertThat(canonical(vector).stringToSign()).isEqualTo(vector.get("string_to_sign").asText());
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("vectors")
  void computesSignatureAndAuthorization(JsonNode vector) {
    // given
    Credentials credentials =
        Credentials.of(vector.get("access_key").asText(), vector.get("secret").asText());
    // when
    String signature = Signer.signature(credentials.accessKeySecret(), canonical(vector));
    String authorization = Signer.authorization(credentials, canonical(vector));
    // then
    assertThat(signature).isEqualTo(vector.get("signature").asText());
    assertThat(authorization).isEqualTo(vector.get("authorization").asText());
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("vectors")
  void theServerVerifiesTheRequestAsSent(JsonNode vector) {
    // given
    SignatureVerifier verifier =
        new SignatureVerifier(id -> id.equals("ak") ? Optional.of("sk") : Optional.empty());
    Map<String, String> headers = Vectors.stringMap(vector.get("headers"));
    headers.put("Authorization", vector.get("authorization").asText());
    // when
    VerificationResult result =
        verifier.verify(
            vector.get("method").asText(),
            vector.get("path_and_query").asText(),
            Headers.of(headers));
    // then
    assertThat(result).isEqualTo(new VerificationResult.Verified("ak"));
  }

  private static CanonicalRequest canonical(JsonNode vector) {
    JsonNode headers = vector.get("headers");
    return CanonicalRequest.of(
        vector.get("method").asText(),
        headers.has("content-md5") ? headers.get("content-md5").asText() : null,
        headers.has("content-type") ? headers.get("content-type").asText() : null,
        headers.get("date").asText(),
        vector.get("path_and_query").asText());
  }
}
