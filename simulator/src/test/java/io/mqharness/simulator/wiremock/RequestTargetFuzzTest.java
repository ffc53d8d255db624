package io.mqharness.simulator.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mqharness.protocol.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the simulator's request parsers, each on its own (SPEC §2, §7.2): the
 * query string, the resource path and the whole call (method, target, body). Each may refuse an
 * input only with a {@link ProtocolError} of the codes declared for it here; any other exception is
 * a finding. Each input has 10 s.
 *
 * <p>Kept inputs: {@code
 * src/test/resources/io/mqharness/simulator/wiremock/RequestTargetFuzzTestInputs/<method>/}.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RequestTargetFuzzTest {
  /** What {@link CallParser} may answer: names, ranges and bodies (SPEC §7.1). */
  static final Set<ErrorCode> CALL_ERRORS =
      EnumSet.of(
          ErrorCode.INVALID_ARGUMENT,
          ErrorCode.MALFORMED_XML,
          ErrorCode.INVALID_QUERY_STRING,
          ErrorCode.INVALID_REQUEST_URL);

  @FuzzTest(maxDuration = "5m")
  void queryString(byte[] input) {
    String raw = new String(input, StandardCharsets.ISO_8859_1);

    QueryString query;
    try {
      query = QueryString.parse(raw);
    } catch (ProtocolError declared) {
      assertThat(declared.code()).isEqualTo(ErrorCode.INVALID_QUERY_STRING);
      return;
    }

    assertThat(query.values()).doesNotContainKey(null).doesNotContainValue(null);
  }

  @FuzzTest(maxDuration = "5m")
  void resourcePath(FuzzedDataProvider data) {
    String method = data.pickValue(new String[] {"GET", "POST", "DELETE", "PUT", "OPTIONS"});
    String target = data.consumeRemainingAsString();

    ResourcePath resource;
    try {
      resource = ResourcePath.parse(method, target);
    } catch (ProtocolError declared) {
      assertThat(declared.code()).isEqualTo(ErrorCode.INVALID_REQUEST_URL);
      return;
    }

    assertThat(resource.topic()).isNotEmpty().doesNotContain("/").doesNotContain("?");
    assertThat(target).contains("/topics/" + resource.topic() + "/messages");
  }

  @FuzzTest(maxDuration = "5m")
  void callParser(FuzzedDataProvider data) {
    String method = data.pickValue(new String[] {"GET", "POST", "DELETE", "PUT"});
    String topic = data.consumeBoolean() ? "T1" : data.consumeString(80);
    String query = data.consumeString(300);
    byte[] body = data.consumeRemainingAsBytes();

    ResourcePath resource;
    try {
      resource = ResourcePath.parse(method, "/topics/" + topic + "/messages?" + query);
    } catch (ProtocolError declared) {
      assertThat(declared.code()).isEqualTo(ErrorCode.INVALID_REQUEST_URL);
      return;
    }

    try {
      ProtocolCall call = CallParser.parse(method, resource, body);
      assertThat(call.topic().topic()).isEqualTo(resource.topic());
    } catch (ProtocolError declared) {
      assertThat(CALL_ERRORS).contains(declared.code());
    }
  }
}
