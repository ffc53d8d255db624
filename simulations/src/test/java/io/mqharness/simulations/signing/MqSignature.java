package io.mqharness.simulations.signing;

import io.gatling.http.client.Request;
import io.mqharness.protocol.model.WireHeaders;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.protocol.sign.SignedHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * Gatling's {@code sign(...)} step: each request gets its own Date, {@code x-mq-version} and
 * Authorization (SPEC §3), the headers {@link SignedHeaders} gives, signed over the method,
 * Content-Type and path with query as sent (one HMAC-SHA1 per request, by {@link RequestSigner}).
 */
public final class MqSignature implements Function<Request, Request> {
  private final Credentials credentials;
  private final Clock clock;
  private final RequestSigner signer;

  public MqSignature(Credentials credentials, Clock clock) {
    this.credentials = credentials;
    this.clock = clock;
    this.signer = new RequestSigner(credentials);
  }

  @Override
  public Request apply(Request request) {
    String path = request.getUri().getPath();
    String query = request.getUri().getQuery();
    String pathAndQuery = query == null || query.isEmpty() ? path : path + "?" + query;
    HttpHeaders headers = request.getHeaders();
    Instant now = clock.instant();
    String date = signer.date(now);
    headers.set("Date", date);
    headers.set(WireHeaders.VERSION_HEADER, WireHeaders.VERSION);
    headers.set(
        "Authorization",
        signer.authorization(
            request.getMethod().name(), headers.get("Content-Type"), date, pathAndQuery));
    if (credentials.securityToken() != null) {
      headers.set(WireHeaders.SECURITY_TOKEN_HEADER, credentials.securityToken());
    }
    return request;
  }
}
