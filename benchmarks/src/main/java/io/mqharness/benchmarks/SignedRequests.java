package io.mqharness.benchmarks;

import io.mqharness.protocol.model.WireHeaders;
import io.mqharness.protocol.sign.CanonicalRequest;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.protocol.sign.HttpDates;
import io.mqharness.protocol.sign.Signer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Signed request heads for one server. The signature covers no body when no Content-MD5 is sent
 * (SPEC §3.1), so each (method, target) is signed once per second of the Date header and reused;
 * not thread-safe, one per worker.
 */
final class SignedRequests {

  private final String hostHeader;
  private final Credentials credentials;
  private final Map<String, String> signedThisSecond = new HashMap<>();
  private long second = Long.MIN_VALUE;

  SignedRequests(URI base, Credentials credentials) {
    this.hostHeader = base.getHost() + ":" + base.getPort();
    this.credentials = credentials;
  }

  /**
   * The request line and headers, ending with the blank line; {@code contentLength} < 0 for a GET.
   */
  byte[] head(String method, String pathAndQuery, int contentLength) {
    long now = System.currentTimeMillis() / 1000;
    if (now != second) {
      second = now;
      signedThisSecond.clear();
    }
    String signed =
        signedThisSecond.computeIfAbsent(
            method + ' ' + pathAndQuery, k -> sign(method, pathAndQuery, contentLength >= 0, now));
    String head =
        contentLength >= 0
            ? signed + "Content-Length: " + contentLength + "\r\n\r\n"
            : signed + "\r\n";
    return head.getBytes(StandardCharsets.US_ASCII);
  }

  private String sign(String method, String pathAndQuery, boolean hasBody, long epochSecond) {
    String date = HttpDates.format(Instant.ofEpochSecond(epochSecond));
    String contentType = hasBody ? WireHeaders.REQUEST_CONTENT_TYPE : "";
    String authorization =
        Signer.authorization(
            credentials, CanonicalRequest.of(method, "", contentType, date, pathAndQuery));
    StringBuilder head =
        new StringBuilder(256)
            .append(method)
            .append(' ')
            .append(pathAndQuery)
            .append(" HTTP/1.1\r\n")
            .append("Host: ")
            .append(hostHeader)
            .append("\r\n")
            .append("Date: ")
            .append(date)
            .append("\r\n")
            .append(WireHeaders.VERSION_HEADER)
            .append(": ")
            .append(WireHeaders.VERSION)
            .append("\r\n")
            .append("Authorization: ")
            .append(authorization)
            .append("\r\n");
    if (hasBody) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    return head.toString();
  }
}
