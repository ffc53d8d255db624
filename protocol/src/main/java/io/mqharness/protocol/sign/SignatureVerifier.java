package io.mqharness.protocol.sign;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.limits.ProtocolLimits;
import io.mqharness.protocol.model.WireHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Server-side check of a request's signature (SPEC §3.2). The header lookup must be
 * case-insensitive and return null for an absent header. Of the {@code x-mq-*} headers only {@code
 * x-mq-version} is looked up: it is the only one any SDK sends (SPEC §3.1), and a lookup function
 * cannot list the others.
 */
public final class SignatureVerifier {
  /** The service's tolerance, {@link ProtocolLimits#MAX_CLOCK_SKEW}. */
  public static final Duration DEFAULT_SKEW_TOLERANCE = ProtocolLimits.MAX_CLOCK_SKEW;

  private final Function<String, Optional<String>> secrets;
  private final Clock clock;
  private final Duration skewTolerance;

  /**
   * A verifier without the Date skew check; {@link #withSkewCheck} adds it (SPEC §3.2 step 2, §9
   * Q14).
   */
  public SignatureVerifier(Function<String, Optional<String>> secrets) {
    this(secrets, null, DEFAULT_SKEW_TOLERANCE);
  }

  private SignatureVerifier(
      Function<String, Optional<String>> secrets, Clock clock, Duration skewTolerance) {
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.clock = clock;
    this.skewTolerance = Objects.requireNonNull(skewTolerance, "skewTolerance");
  }

  /**
   * A copy that answers {@code TimeExpired} when the Date is more than {@code tolerance} away from
   * the clock.
   */
  public SignatureVerifier withSkewCheck(Clock clock, Duration tolerance) {
    return new SignatureVerifier(secrets, Objects.requireNonNull(clock, "clock"), tolerance);
  }

  public VerificationResult verify(
      String method, String rawPathAndQuery, Function<String, String> headers) {
    String authorization = headers.apply("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return reject(ErrorCode.MISSING_AUTHORIZATION_HEADER);
    }
    Optional<AuthorizationHeader> parsed = AuthorizationHeader.parse(authorization);
    if (parsed.isEmpty()) {
      return reject(ErrorCode.INVALID_AUTHORIZATION_HEADER);
    }
    Optional<String> secret = secrets.apply(parsed.get().accessKeyId());
    if (secret.isEmpty()) {
      return reject(ErrorCode.INVALID_ACCESS_KEY_ID);
    }
    String date = headers.apply("Date");
    if (date == null || date.isBlank()) {
      return reject(ErrorCode.MISSING_DATE_HEADER);
    }
    Optional<Instant> sent = HttpDates.parse(date);
    if (sent.isEmpty()) {
      return reject(ErrorCode.INVALID_DATE_HEADER);
    }
    if (clock != null
        && Duration.between(sent.get(), clock.instant()).abs().compareTo(skewTolerance) > 0) {
      return reject(ErrorCode.TIME_EXPIRED);
    }
    String version = headers.apply(WireHeaders.VERSION_HEADER);
    CanonicalRequest received =
        new CanonicalRequest(
            method,
            headers.apply("Content-MD5"),
            headers.apply("Content-Type"),
            date,
            version == null ? Map.of() : Map.of(WireHeaders.VERSION_HEADER, version),
            rawPathAndQuery);
    byte[] provided = parsed.get().signature().getBytes(StandardCharsets.UTF_8);
    for (String contentType : contentTypeCandidates(method, received.contentType())) {
      String expected = Signer.signature(secret.get(), received.withContentType(contentType));
      if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), provided)) {
        return new VerificationResult.Verified(parsed.get().accessKeyId());
      }
    }
    return reject(ErrorCode.SIGNATURE_DOES_NOT_MATCH);
  }

  /**
   * As received; with {@code charset=UTF-8} lower-cased, because Jetty re-cases the {@code
   * charset=utf-8} that Node and Go sign; and empty for a GET, because a container may synthesise a
   * Content-Type Python never sent.
   */
  private static Set<String> contentTypeCandidates(String method, String received) {
    String asReceived = received == null ? "" : received;
    Set<String> candidates = new LinkedHashSet<>();
    candidates.add(asReceived);
    candidates.add(asReceived.replace("charset=UTF-8", "charset=utf-8"));
    if ("GET".equals(method)) {
      candidates.add("");
    }
    return candidates;
  }

  private static VerificationResult reject(ErrorCode code) {
    return new VerificationResult.Rejected(code, code.defaultMessage());
  }
}
