package io.mqharness.protocol.sign;

import io.mqharness.protocol.model.WireHeaders;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers that sign one request (SPEC §3): {@code Date}, {@code x-mq-version}, {@code
 * Authorization}, and {@code security-token} with temporary credentials. The caller sends
 * Content-Type itself, as it was signed.
 */
public final class SignedHeaders {
  private SignedHeaders() {}

  public static Map<String, String> of(
      Credentials credentials,
      String method,
      String contentType,
      Instant now,
      String pathAndQuery) {
    String date = HttpDates.format(now);
    CanonicalRequest canonical = CanonicalRequest.of(method, null, contentType, date, pathAndQuery);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Date", date);
    headers.put(WireHeaders.VERSION_HEADER, WireHeaders.VERSION);
    headers.put("Authorization", Signer.authorization(credentials, canonical));
    if (credentials.securityToken() != null) {
      headers.put(WireHeaders.SECURITY_TOKEN_HEADER, credentials.securityToken());
    }
    return headers;
  }
}
