package io.mqharness.simulator.wiremock;

import io.mqharness.protocol.model.WireHeaders;
import io.mqharness.protocol.sign.CanonicalRequest;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.protocol.sign.HttpDates;
import io.mqharness.protocol.sign.Signer;
import io.mqharness.simulator.junit.MqSimulatorExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Raw protocol requests for tests: signed correctly by default, with any header overridable or
 * removable.
 */
final class SignedHttp {
  static final String CONTENT_TYPE = WireHeaders.REQUEST_CONTENT_TYPE;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String baseUrl;
  private final Credentials credentials;

  SignedHttp(String baseUrl, Credentials credentials) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
  }

  /** Requests to the extension's simulator, signed with its credentials. */
  static SignedHttp of(MqSimulatorExtension mq) {
    return new SignedHttp(mq.baseUrl(), Credentials.of(mq.accessKeyId(), mq.accessKeySecret()));
  }

  HttpResponse<String> send(String method, String pathAndQuery, String body) {
    return send(
        method,
        pathAndQuery,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        Map.of());
  }

  /**
   * {@code overrides}: header name → value to send instead of the signed default, or null to leave
   * it out.
   */
  HttpResponse<String> send(
      String method, String pathAndQuery, byte[] body, Map<String, String> overrides) {
    return send(method, pathAndQuery, body, "", overrides);
  }

  /** Signs a Content-MD5 header too, whether or not it matches the body. */
  HttpResponse<String> sendWithDigest(
      String method, String pathAndQuery, byte[] body, String contentMd5) {
    return send(method, pathAndQuery, body, contentMd5, Map.of());
  }

  private HttpResponse<String> send(
      String method,
      String pathAndQuery,
      byte[] body,
      String contentMd5,
      Map<String, String> overrides) {
    Map<String, String> headers = signedHeaders(method, pathAndQuery, body != null, contentMd5);
    overrides.forEach(
        (name, value) -> {
          if (value == null) {
            headers.remove(name);
          } else {
            headers.put(name, value);
          }
        });
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
            .timeout(Duration.ofSeconds(40))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + pathAndQuery + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Map<String, String> signedHeaders(
      String method, String pathAndQuery, boolean hasBody, String contentMd5) {
    String date = HttpDates.format(Instant.now());
    String contentType = hasBody ? CONTENT_TYPE : "";
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Date", date);
    headers.put(WireHeaders.VERSION_HEADER, WireHeaders.VERSION);
    if (hasBody) {
      headers.put("Content-Type", contentType);
    }
    if (!contentMd5.isEmpty()) {
      headers.put("Content-MD5", contentMd5);
    }
    headers.put(
        "Authorization",
        Signer.authorization(
            credentials, CanonicalRequest.of(method, contentMd5, contentType, date, pathAndQuery)));
    return headers;
  }
}
