package io.mqharness.simulations.signing;

import io.gatling.http.client.Request;
import io.gatling.http.client.uri.Uri;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.util.List;

/** Gatling requests as the HTTP client hands them to a {@code sign(...)} step, for the tests. */
final class GatlingRequests {
  private GatlingRequests() {}

  static Request of(HttpMethod method, String url, HttpHeaders headers) {
    return new Request(
        "test",
        method,
        Uri.create(url),
        headers,
        List.of(),
        null,
        1_000,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null);
  }
}
