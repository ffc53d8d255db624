package io.mqharness.conformance.support.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether the run's target answers at all, asked once before the first scenario: a target that does
 * not (nothing listens, a wrong host) would otherwise pass for a real instance whose every scenario
 * is skipped, and the run would end green having checked nothing.
 */
final class TargetReachability {
  /** How long the target has to answer: connection and any HTTP answer. */
  static final Duration WITHIN = Duration.ofSeconds(5);

  private TargetReachability() {}

  /**
   * Sends {@code GET <url>/} and accepts any HTTP answer (an error status included).
   *
   * @throws IllegalStateException naming the URL and what went wrong (the exception and its
   *     message)
   */
  static void requireAnswer(String url) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(WITHIN).build();
    try {
      http.send(
          HttpRequest.newBuilder(URI.create(url.endsWith("/") ? url : url + "/"))
              .timeout(WITHIN)
              .GET()
              .build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new IllegalStateException(
          "the target "
              + url
              + " did not answer within "
              + WITHIN.toSeconds()
              + " s ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "): check mq.target.url / MQ_TARGET_URL; nothing was checked",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking " + url + " whether it answers", e);
    }
  }
}
