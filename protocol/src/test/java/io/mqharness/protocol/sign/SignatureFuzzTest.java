package io.mqharness.protocol.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.WireHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of what a server reads from a request's headers before anything else
 * (SPEC §3.2): the {@code Authorization} header and the whole signature check. Neither throws on
 * any input; the check answers {@code Verified} or one of the seven codes SPEC §3.2 declares for
 * it, and a request signed with the right secret is always verified, whatever its method, target,
 * Content-Type and Date. Each input has 10 s.
 *
 * <p>Kept inputs: {@code
 * src/test/resources/io/mqharness/protocol/sign/SignatureFuzzTestInputs/<method>/}.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SignatureFuzzTest {
  private static final Set<ErrorCode> DECLARED =
      EnumSet.of(
          ErrorCode.MISSING_AUTHORIZATION_HEADER,
          ErrorCode.INVALID_AUTHORIZATION_HEADER,
          ErrorCode.INVALID_ACCESS_KEY_ID,
          ErrorCode.MISSING_DATE_HEADER,
          ErrorCode.INVALID_DATE_HEADER,
          ErrorCode.TIME_EXPIRED,
          ErrorCode.SIGNATURE_DOES_NOT_MATCH);
  private static final Instant NOW = Instant.parse("2026-11-24T19:52:29Z");
  private static final Credentials PAIR = Credentials.of("harness-ak", "harness-sk");
  private static final SignatureVerifier VERIFIER =
      new SignatureVerifier(
              id ->
                  id.equals(PAIR.accessKeyId())
                      ? Optional.of(PAIR.accessKeySecret())
                      : Optional.empty())
          .withSkewCheck(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(15));

  @FuzzTest(maxDuration = "5m")
  void authorizationHeader(byte[] input) {
    String value = new String(input, StandardCharsets.UTF_8);

    Optional<AuthorizationHeader> parsed = AuthorizationHeader.parse(value);

    parsed.ifPresent(
        header -> {
          assertThat(header.accessKeyId()).isNotEmpty().doesNotContain(":");
          assertThat(header.signature()).isNotEmpty();
          assertThat(Signer.SCHEME + header.accessKeyId() + ":" + header.signature())
              .isEqualTo(value);
        });
  }

  @FuzzTest(maxDuration = "5m")
  void anyHeadersGetVerifiedOrADeclaredCode(FuzzedDataProvider data) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String name :
        new String[] {"Authorization", "Date", "x-mq-version", "Content-Type", "Content-MD5"}) {
      if (data.consumeBoolean()) {
        headers.put(name, data.consumeString(200));
      }
    }
    String method = data.consumeString(10);
    String target = data.consumeRemainingAsString();

    VerificationResult result = VERIFIER.verify(method, target, headers::get);

    if (result instanceof VerificationResult.Rejected rejected) {
      assertThat(DECLARED).contains(rejected.code());
    } else {
      assertThat(((VerificationResult.Verified) result).accessKeyId())
          .isEqualTo(PAIR.accessKeyId());
    }
  }

  @FuzzTest(maxDuration = "5m")
  void aRequestSignedWithTheRightSecretIsVerified(FuzzedDataProvider data) {
    String method = data.pickValue(new String[] {"GET", "POST", "DELETE", "PUT"});
    String contentType = data.consumeBoolean() ? null : data.consumeString(60);
    String contentMd5 = data.consumeBoolean() ? null : data.consumeString(40);
    Instant sent = NOW.plusSeconds(data.consumeLong(-900, 900));
    String target = data.consumeRemainingAsString();
    String date = HttpDates.format(sent);
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("Date", date);
    headers.put(WireHeaders.VERSION_HEADER, WireHeaders.VERSION);
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    if (contentMd5 != null) {
      headers.put("Content-MD5", contentMd5);
    }
    headers.put(
        "Authorization",
        Signer.authorization(
            PAIR, CanonicalRequest.of(method, contentMd5, contentType, date, target)));

    VerificationResult result = VERIFIER.verify(method, target, headers::get);

    assertThat(result).isEqualTo(new VerificationResult.Verified(PAIR.accessKeyId()));
  }
}
