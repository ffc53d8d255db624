package io.mqharness.conformance.support.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** The simulator's admin API ({@code /__admin/mq/...}) over HTTP; a real instance has none. */
final class SimulatorAdmin {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;

  SimulatorAdmin(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The clock ({@code nowMillis}, {@code virtual}) when the endpoint is a simulator, empty otherwise. */
  Optional<JsonNode> clockState() {
    try {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/mq/clock"))
          .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        return Optional.empty();
      }
      JsonNode settings = JSON.readTree(answer.body());
      return settings.has("virtual") ? Optional.of(settings) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  long nowMillis() {
    return call(HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/mq/clock")).GET()).get("nowMillis").asLong();
  }

  void advance(Duration duration) {
    call(HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/mq/clock/advance"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"millis\":" + duration.toMillis() + "}")));
  }

  private JsonNode call(HttpRequest.Builder request) {
    try {
      HttpResponse<String> answer = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("simulator admin API answered " + answer.statusCode() + ": " + answer.body());
      }
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new IllegalStateException("simulator admin API unreachable at " + baseUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** A standalone simulator's virtual clock, moved through the admin API. */
  TargetClock clock() {
    return new TargetClock() {
      @Override
      public long nowMillis() {
        return SimulatorAdmin.this.nowMillis();
      }

      @Override
      public void advance(Duration duration) {
        SimulatorAdmin.this.advance(duration);
      }

      @Override
      public boolean isVirtual() {
        return true;
      }
    };
  }
}
