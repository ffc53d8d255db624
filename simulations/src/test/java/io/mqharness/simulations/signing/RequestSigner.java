package io.mqharness.simulations.signing;

import io.mqharness.protocol.sign.CanonicalRequest;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.protocol.sign.HttpDates;
import io.mqharness.protocol.sign.Signer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The protocol's signature (SPEC §3.1) of one request at a time, the same {@code Authorization}
 * value as {@link Signer#authorization} for the same {@link CanonicalRequest}, at the cost of one
 * HMAC-SHA1 per request: the canonical string's constant lines are taken once from {@code
 * CanonicalRequest}, each thread keeps an HMAC keyed with the secret, and the {@code Date} text is
 * formatted once per second.
 */
final class RequestSigner {
  private static final String ALGORITHM = "HmacSHA1";

  private final String authorizationPrefix;
  private final String mqHeaderLines;
  private final ThreadLocal<Mac> mac;
  private volatile DateText date = new DateText(Long.MIN_VALUE, "");

  private record DateText(long epochSecond, String text) {}

  RequestSigner(Credentials credentials) {
    this.authorizationPrefix = Signer.SCHEME + credentials.accessKeyId() + ":";
    this.mqHeaderLines = mqHeaderLines();
    SecretKeySpec key =
        new SecretKeySpec(
            credentials.accessKeySecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.mac = ThreadLocal.withInitial(() -> keyed(key));
  }

  /** The {@code Date} header for {@code now}: RFC 1123 in GMT, as {@link HttpDates#format}. */
  String date(Instant now) {
    DateText last = date;
    if (last.epochSecond() == now.getEpochSecond()) {
      return last.text();
    }
    DateText current = new DateText(now.getEpochSecond(), HttpDates.format(now));
    date = current;
    return current.text();
  }

  /**
   * {@code MQ <id>:<signature>} of a request without Content-MD5 carrying only {@code x-mq-version}
   * (what every SDK sends); {@code contentType} null when the request has none, {@code
   * pathAndQuery} byte-exact as sent.
   */
  String authorization(String method, String contentType, String date, String pathAndQuery) {
    String stringToSign =
        new StringBuilder(96 + pathAndQuery.length())
            .append(method)
            .append('\n')
            .append('\n')
            .append(contentType == null ? "" : contentType)
            .append('\n')
            .append(date)
            .append('\n')
            .append(mqHeaderLines)
            .append(pathAndQuery)
            .toString();
    byte[] digest = mac.get().doFinal(stringToSign.getBytes(StandardCharsets.UTF_8));
    return authorizationPrefix + Base64.getEncoder().encodeToString(digest);
  }

  /**
   * The {@code x-mq-*} lines of the canonical string, from the protocol's own {@link
   * CanonicalRequest}.
   */
  private static String mqHeaderLines() {
    String canonical = CanonicalRequest.of("M", null, "C", "D", "P").stringToSign();
    String head = "M\n\nC\nD\n";
    if (!canonical.startsWith(head) || !canonical.endsWith("P")) {
      throw new IllegalStateException(
          "the protocol's canonical string changed its layout: " + canonical);
    }
    return canonical.substring(head.length(), canonical.length() - 1);
  }

  private static Mac keyed(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }
}
