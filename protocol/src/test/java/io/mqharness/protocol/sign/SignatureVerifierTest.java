package io.mqharness.protocol.sign;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.error.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureVerifierTest {
  private static final String DATE = "Tue, 24 Nov 2026 19:52:29 GMT";
  private static final Instant SENT = Instant.parse("2026-11-24T19:52:29Z");
  private static final String PUBLISH = "/topics/T1/messages?ns=I1";
  private static final String NODE_MD5 = "ZmYzMzQzY2JiM2Y0YTI2NWQ4NWNiMzIwZjBkODExZDM=";

  private final SignatureVerifier verifier =
      new SignatureVerifier(id -> id.equals("ak") ? Optional.of("sk") : Optional.empty());

  @Test
  void acceptsAJavaPublish() {
    // given
    Map<String, String> headers = javaPublishHeaders("MQ ak:uH/3t8XcKQWxililxRFnXSLVubU=");
    // when
    VerificationResult result = verifier.verify("POST", PUBLISH, Headers.of(headers));
    // then
    assertThat(result.isVerified()).isTrue();
    assertThat(result).isEqualTo(new VerificationResult.Verified("ak"));
  }

  @Test
  void acceptsANodePublishWhoseCharsetJettyReCased() {
    // given: vector 7 was signed over charset=utf-8 but Jetty hands the application charset=UTF-8
    Map<String, String> headers =
        new HashMap<>(
            Map.of(
                "date",
                DATE,
                "x-mq-version",
                "2015-06-06",
                "content-type",
                "text/xml;charset=UTF-8",
                "content-md5",
                NODE_MD5,
                "authorization",
                "MQ ak:JmBApTdF1WSyJdSkIMAyn+6dghU="));
    // when
    VerificationResult result = verifier.verify("POST", PUBLISH, Headers.of(headers));
    // then
    assertThat(result.isVerified()).isTrue();
  }

  @Test
  void acceptsAPythonGetForWhichTheContainerInventedAContentType() {
    // given: vector 10 was signed without Content-Type
    Map<String, String> headers =
        Map.of(
            "Date",
            DATE,
            "x-mq-version",
            "2015-06-06",
            "Content-Type",
            "text/xml;charset=UTF-8",
            "Authorization",
            "MQ ak:1Aqte/Iia9uS2zSo6QpOCAy/WGk=");
    // when
    VerificationResult result =
        verifier.verify(
            "GET",
            "/topics/T1/messages?consumer=GID_1&numOfMessages=3&ns=I1&waitseconds=3&tag=TagA",
            Headers.of(headers));
    // then
    assertThat(result.isVerified()).isTrue();
  }

  @Test
  void theEmptyContentTypeCandidateIsOnlyForGet() {
    // given: a POST signed without Content-Type but received with one
    String signature =
        Signer.signature("sk", CanonicalRequest.of("POST", null, null, DATE, PUBLISH));
    Map<String, String> headers = javaPublishHeaders("MQ ak:" + signature);
    // when
    VerificationResult result = verifier.verify("POST", PUBLISH, Headers.of(headers));
    // then
    assertThat(result).isEqualTo(rejected(ErrorCode.SIGNATURE_DOES_NOT_MATCH));
  }

  @Test
  void theSecurityTokenIsNotSigned() {
    // given
    Map<String, String> headers = javaPublishHeaders("MQ ak:uH/3t8XcKQWxililxRFnXSLVubU=");
    headers.put("security-token", "STS.tok123");
    // then
    assertThat(verifier.verify("POST", PUBLISH, Headers.of(headers)).isVerified()).isTrue();
  }

  @Test
  void rejectsAMissingAuthorizationBeforeAnythingElse() {
    assertThat(verifier.verify("POST", PUBLISH, Headers.of(Map.of())))
        .isEqualTo(rejected(ErrorCode.MISSING_AUTHORIZATION_HEADER));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Basic YWs6c2s=", "MQ ak", "MQ :sig", "MQ ak:", "MQak:sig", "mq ak:sig", "MQ  "})
  void rejectsAMalformedAuthorization(String authorization) {
    assertThat(verifier.verify("POST", PUBLISH, Headers.of(javaPublishHeaders(authorization))))
        .isEqualTo(rejected(ErrorCode.INVALID_AUTHORIZATION_HEADER));
  }

  @Test
  void rejectsAnUnknownAccessKeyId() {
    assertThat(
            verifier.verify(
                "POST",
                PUBLISH,
                Headers.of(javaPublishHeaders("MQ other:uH/3t8XcKQWxililxRFnXSLVubU="))))
        .isEqualTo(rejected(ErrorCode.INVALID_ACCESS_KEY_ID));
  }

  @Test
  void rejectsAMissingDate() {
    // given
    Map<String, String> headers = javaPublishHeaders("MQ ak:uH/3t8XcKQWxililxRFnXSLVubU=");
    headers.remove("Date");
    // then
    assertThat(verifier.verify("POST", PUBLISH, Headers.of(headers)))
        .isEqualTo(rejected(ErrorCode.MISSING_DATE_HEADER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2026-11-24T19:52:29Z", "Wed, 24 Nov 2026 19:52:29 GMT"})
  void rejectsAnUnparsableDate(String date) {
    // given
    Map<String, String> headers = javaPublishHeaders("MQ ak:uH/3t8XcKQWxililxRFnXSLVubU=");
    headers.put("Date", date);
    // then
    assertThat(verifier.verify("POST", PUBLISH, Headers.of(headers)))
        .isEqualTo(rejected(ErrorCode.INVALID_DATE_HEADER));
  }

  @Test
  void rejectsAWrongSecretATamperedPathOrAnotherMethod() {
    Map<String, String> headers = javaPublishHeaders("MQ ak:uH/3t8XcKQWxililxRFnXSLVubU=");
    SignatureVerifier otherSecret = new SignatureVerifier(id -> Optional.of("not-sk"));

    assertThat(otherSecret.verify("POST", PUBLISH, Headers.of(headers)))
        .isEqualTo(rejected(ErrorCode.SIGNATURE_DOES_NOT_MATCH));
    assertThat(verifier.verify("POST", "/topics/T1/messages?ns=I2", Headers.of(headers)))
        .isEqualTo(rejected(ErrorCode.SIGNATURE_DOES_NOT_MATCH));
    assertThat(verifier.verify("DELETE", PUBLISH, Headers.of(headers)))
        .isEqualTo(rejected(ErrorCode.SIGNATURE_DOES_NOT_MATCH));
  }

  @Test
  void theQueryIsCheckedAsReceivedNotReordered() {
    // given: vector 2 with its parameters in another order
    Map<String, String> headers = javaPublishHeaders("MQ ak:w4MXraF2v471kdyFnNSjYEZ3bWE=");
    // then
    assertThat(
            verifier
                .verify(
                    "GET",
                    "/topics/T1/messages?numOfMessages=16&consumer=GID_1&tag=TagA%7C%7CTagB&waitseconds=30",
                    Headers.of(headers))
                .isVerified())
        .isTrue();
    assertThat(
            verifier.verify(
                "GET",
                "/topics/T1/messages?consumer=GID_1&numOfMessages=16&tag=TagA%7C%7CTagB&waitseconds=30",
                Headers.of(headers)))
        .isEqualTo(rejected(ErrorCode.SIGNATURE_DOES_NOT_MATCH));
  }

  @Test
  void skewIsNotCheckedByDefault() {
    // the vector date is in 2026, whatever today is
    assertThat(
            verifier
                .verify(
                    "POST",
                    PUBLISH,
                    Headers.of(javaPublishHeaders("MQ ak:uH/3t8XcKQWxililxRFnXSLVubU=")))
                .isVerified())
        .isTrue();
  }

  @Test
  void withTheSkewCheckADateWithinToleranceIsAccepted() {
    // given
    SignatureVerifier checking =
        verifier.withSkewCheck(
            Clock.fixed(SENT.plusSeconds(899), ZoneOffset.UTC), Duration.ofMinutes(15));
    // then
    assertThat(
            checking
                .verify(
                    "POST",
                    PUBLISH,
                    Headers.of(javaPublishHeaders("MQ ak:uH/3t8XcKQWxililxRFnXSLVubU=")))
                .isVerified())
        .isTrue();
  }

  @Test
  void withTheSkewCheckADateOutsideToleranceExpires() {
    // given
    Map<String, String> headers = javaPublishHeaders("MQ ak:uH/3t8XcKQWxililxRFnXSLVubU=");
    SignatureVerifier late =
        verifier.withSkewCheck(
            Clock.fixed(SENT.plusSeconds(901), ZoneOffset.UTC), Duration.ofMinutes(15));
    SignatureVerifier early =
        verifier.withSkewCheck(
            Clock.fixed(SENT.minusSeconds(61), ZoneOffset.UTC), Duration.ofMinutes(1));
    // then
    assertThat(late.verify("POST", PUBLISH, Headers.of(headers)))
        .isEqualTo(rejected(ErrorCode.TIME_EXPIRED));
    assertThat(early.verify("POST", PUBLISH, Headers.of(headers)))
        .isEqualTo(rejected(ErrorCode.TIME_EXPIRED));
  }

  private static Map<String, String> javaPublishHeaders(String authorization) {
    return new HashMap<>(
        Map.of(
            "Date",
            DATE,
            "x-mq-version",
            "2015-06-06",
            "Content-Type",
            "text/xml;charset=UTF-8",
            "Authorization",
            authorization));
  }

  private static VerificationResult rejected(ErrorCode code) {
    return new VerificationResult.Rejected(code, code.defaultMessage());
  }
}
