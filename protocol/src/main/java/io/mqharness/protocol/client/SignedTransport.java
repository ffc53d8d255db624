package io.mqharness.protocol.client;

import io.mqharness.protocol.model.WireHeaders;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.protocol.sign.SignedHeaders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Sends one signed request and returns the raw answer; every transport failure becomes a {@link
 * MqClientException}.
 */
final class SignedTransport {
  // The request timeout covers the wait for the headers; this grace bounds reading the body too.
  private static final Duration BODY_GRACE = Duration.ofSeconds(1);

  private final HttpClient http;
  private final String origin;
  private final String basePath;
  private final Credentials credentials;
  private final MqClientOptions options;

  SignedTransport(URI endpoint, Credentials credentials, MqClientOptions options) {
    this.origin = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
    String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
    this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    this.credentials = credentials;
    this.options = options;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(options.requestTimeout())
            .build();
  }

  MqClientOptions options() {
    return options;
  }

  /** {@code resource} is the path and query below the endpoint; {@code body} is null for a GET. */
  HttpAnswer send(String method, String resource, byte[] body, Duration timeout) {
    HttpRequest request = sign(method, basePath + resource, body, timeout);
    try {
      HttpResponse<byte[]> response =
          ExchangeDeadline.within(
              timeout.plus(BODY_GRACE),
              () -> http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
      return new HttpAnswer(
          response.statusCode(),
          response.body(),
          response.headers().firstValue(WireHeaders.REQUEST_ID_HEADER).orElse(null));
    } catch (TimeoutException | HttpTimeoutException e) {
      throw new MqClientException(method + " " + resource + " got no answer within " + timeout, e);
    } catch (IOException e) {
      // A refused connection's ConnectException has no message: name the exception (and its cause)
      // instead.
      throw new MqClientException(method + " " + resource + " failed: " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MqClientException(method + " " + resource + " was interrupted", e);
    }
  }

  /**
   * e.g. {@code java.net.ConnectException (cause: java.nio.channels.ClosedChannelException)}, or
   * its message.
   */
  static String describe(Throwable e) {
    String text =
        e.getMessage() == null
            ? e.getClass().getName()
            : e.getClass().getSimpleName() + ": " + e.getMessage();
    Throwable cause = e.getCause();
    return cause == null || cause == e
        ? text
        : text
            + " (cause: "
            + (cause.getMessage() == null
                ? cause.getClass().getName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage())
            + ")";
  }

  private HttpRequest sign(String method, String pathAndQuery, byte[] body, Duration timeout) {
    String contentType = body == null ? null : WireHeaders.REQUEST_CONTENT_TYPE;
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(origin + pathAndQuery))
            .timeout(timeout)
            .header("User-Agent", options.userAgent())
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    SignedHeaders.of(credentials, method, contentType, options.clock().instant(), pathAndQuery)
        .forEach(builder::header);
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return builder.build();
  }
}
