package io.mqharness.mock.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads {@code GET /__admin/mq/counters} of a simulator. */
final class AdminCounters {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI counters;

  AdminCounters(URI base) {
    this.counters = base.resolve("/__admin/mq/counters");
  }

  int waitingConsumers() throws IOException, InterruptedException {
    return engine().path("waitingConsumers").asInt(-1);
  }

  long published() throws IOException, InterruptedException {
    return engine().path("published").asLong(-1);
  }

  long acked() throws IOException, InterruptedException {
    return engine().path("acked").asLong(-1);
  }

  private JsonNode engine() throws IOException, InterruptedException {
    HttpResponse<String> answer = http.send(
        HttpRequest.newBuilder(counters).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IOException("GET " + counters + " answered " + answer.statusCode());
    }
    return JSON.readTree(answer.body()).path("engine");
  }
}
