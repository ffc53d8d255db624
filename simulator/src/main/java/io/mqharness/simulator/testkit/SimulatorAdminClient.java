package io.mqharness.simulator.testkit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.simulator.health.JvmFigures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A client of a running simulator's admin API ({@code /__admin/mq/...}, listed in
 * docs/simulator.md) over HTTP, for an embedded simulator ({@code MqSimulator#baseUrl()}), a {@link
 * StandaloneSimulator} or one started by hand; a real instance has none. With an admin token every
 * call carries {@code Authorization: Token <token>}, which a simulator bound beyond loopback
 * requires. Every call but {@link #clockState()} waits up to 30 s and throws {@link
 * IllegalStateException} when the API answers other than 2xx or cannot be reached.
 */
public final class SimulatorAdminClient {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
  private final String baseUrl;
  private final Optional<String> adminToken;

  /**
   * {@code baseUrl}: the endpoint, e.g. {@code http://127.0.0.1:8080}, with or without a trailing
   * slash; no token.
   */
  public SimulatorAdminClient(String baseUrl) {
    this(baseUrl, Optional.empty());
  }

  /**
   * As {@link #SimulatorAdminClient(String)}, sending {@code adminToken} (when present) on every
   * call.
   */
  public SimulatorAdminClient(String baseUrl, Optional<String> adminToken) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.adminToken = adminToken.filter(t -> !t.isBlank());
  }

  /**
   * The probe: the clock when the endpoint is a simulator; empty when it answers anything else, or
   * nothing within 5 s.
   *
   * @throws IllegalStateException when it answers 401 with WireMock's admin API: a simulator that
   *     wants an admin token this client does not have, or has wrong
   */
  public Optional<SimulatorClockState> clockState() {
    try {
      HttpResponse<String> answer =
          http.send(
              authorized(HttpRequest.newBuilder(clockUri())).timeout(PROBE_TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() == 401 && isSimulatorAdmin(answer)) {
        throw new IllegalStateException(
            "the simulator at "
                + baseUrl
                + " answers its admin API only with an admin token: "
                + (adminToken.isPresent()
                    ? "the one given is not it"
                    : "set mq.target.adminToken (MQ_TARGET_ADMIN_TOKEN)"));
      }
      if (answer.statusCode() != 200) {
        return Optional.empty();
      }
      return clockOf(JSON.readTree(answer.body()));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * The simulator's now, epoch milliseconds.
   *
   * @throws IllegalStateException when the admin API does not answer 200 with a clock
   */
  public long nowMillis() {
    return clockOf(call(HttpRequest.newBuilder(clockUri()).GET()))
        .orElseThrow(
            () -> new IllegalStateException("no clock in the admin API's answer at " + baseUrl))
        .nowMillis();
  }

  /**
   * Moves a virtual clock forward by {@code duration} (millisecond precision), running the timers
   * that fall due.
   *
   * @throws IllegalStateException when the admin API refuses (409: the clock is not virtual) or is
   *     unreachable
   */
  public void advance(Duration duration) {
    call(
        HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/mq/clock/advance"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"millis\":" + duration.toMillis() + "}")));
  }

  /**
   * Moves the wall clock the simulator checks request Dates against by {@code offset} (negative:
   * behind; {@link Duration#ZERO}: back), so that every client looks that far off. A reset of the
   * simulator puts it back.
   *
   * @throws IllegalStateException when the admin API refuses or is unreachable
   */
  public void setDateCheckOffset(Duration offset) {
    call(
        HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/mq/clock/date-offset"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"millis\":" + offset.toMillis() + "}")));
  }

  /**
   * The simulator's heap, threads, open connections and stored messages ({@code GET
   * /__admin/mq/jvm}); with {@code explicitGc}, after a {@code System.gc()} in the simulator
   * ({@code POST /__admin/mq/jvm/gc}), so that the heap figure is its live set.
   *
   * @throws IllegalStateException when the admin API refuses or is unreachable
   */
  public JvmFigures jvm(boolean explicitGc) {
    URI uri = URI.create(baseUrl + (explicitGc ? "/__admin/mq/jvm/gc" : "/__admin/mq/jvm"));
    JsonNode answer =
        call(
            explicitGc
                ? HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody())
                : HttpRequest.newBuilder(uri).GET());
    return read(answer, JvmFigures.class);
  }

  /**
   * The engine's cumulative counters and the HTTP layer's refusals ({@code GET
   * /__admin/mq/counters}).
   *
   * @throws IllegalStateException when the admin API refuses or is unreachable
   */
  public SimulatorCounters counters() {
    return read(
        call(HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/mq/counters")).GET()),
        SimulatorCounters.class);
  }

  /**
   * The engine settings as JSON ({@code GET /__admin/mq/settings}: {@code engine}, {@code
   * virtualClock}, {@code strictTopics}); durations as the simulator writes them.
   *
   * @throws IllegalStateException when the admin API refuses or is unreachable
   */
  public JsonNode settings() {
    return call(HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/mq/settings")).GET());
  }

  /**
   * Instances, topics, message counts by state and groups, as JSON ({@code GET /__admin/mq/state}).
   *
   * @throws IllegalStateException when the admin API refuses or is unreachable
   */
  public JsonNode state() {
    return call(HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/mq/state")).GET());
  }

  /**
   * Forgets messages, groups, counters, journal and user stubs ({@code POST /__admin/mq/reset}).
   *
   * @throws IllegalStateException when the admin API refuses or is unreachable
   */
  public void reset() {
    call(
        HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/mq/reset"))
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  /**
   * The access key ids the simulator accepts, sorted ({@code GET /__admin/mq/credentials}; never
   * the secrets).
   *
   * @throws IllegalStateException when the admin API refuses or is unreachable
   */
  public List<String> accessKeyIds() {
    List<String> ids = new ArrayList<>();
    call(HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/mq/credentials")).GET())
        .path("accessKeyIds")
        .forEach(id -> ids.add(id.asText()));
    return List.copyOf(ids);
  }

  /**
   * Adds (or replaces) a key pair requests may be signed with ({@code POST
   * /__admin/mq/credentials}).
   *
   * @throws IllegalStateException when the admin API refuses (an empty id) or is unreachable
   */
  public void addCredentials(String accessKeyId, String accessKeySecret) {
    postJson(
        "/__admin/mq/credentials",
        Map.of("accessKeyId", accessKeyId, "accessKeySecret", accessKeySecret));
  }

  /**
   * Declares a topic, which a simulator in strict-topics mode wants before it is used ({@code POST
   * /__admin/mq/topics}); {@code instanceId} "" for an instance without namespace.
   *
   * @throws IllegalStateException when the admin API refuses or is unreachable
   */
  public void declareTopic(String instanceId, String topic) {
    postJson("/__admin/mq/topics", Map.of("instanceId", instanceId, "topic", topic));
  }

  /**
   * Declares a consumer group, which then keeps every message published from now on until it acks
   * it ({@code POST /__admin/mq/groups}).
   *
   * @throws IllegalStateException when the admin API refuses or is unreachable
   */
  public void declareGroup(String instanceId, String topic, String group) {
    postJson(
        "/__admin/mq/groups", Map.of("instanceId", instanceId, "topic", topic, "group", group));
  }

  /**
   * Adds a WireMock stub mapping ({@code POST /__admin/mappings}, its JSON as WireMock takes it)
   * and returns its id, for {@link #removeStub}.
   *
   * @throws IllegalStateException when WireMock refuses the mapping or is unreachable
   */
  public String addStub(String mappingJson) {
    JsonNode created =
        call(
            HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/mappings"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(mappingJson)));
    if (!created.hasNonNull("id")) {
      throw new IllegalStateException("WireMock answered a new mapping without its id: " + created);
    }
    return created.get("id").asText();
  }

  /**
   * Removes the stub mapping {@code id} ({@code DELETE /__admin/mappings/{id}}).
   *
   * @throws IllegalStateException when there is no such mapping, or WireMock is unreachable
   */
  public void removeStub(String id) {
    call(HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/mappings/" + id)).DELETE());
  }

  private void postJson(String path, Map<String, String> body) {
    try {
      call(
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + body, e);
    }
  }

  private <T> T read(JsonNode answer, Class<T> type) {
    try {
      return JSON.treeToValue(answer, type);
    } catch (IOException e) {
      throw new IllegalStateException(
          "unexpected answer of the admin API at " + baseUrl + ": " + answer, e);
    }
  }

  /**
   * WireMock's 401 for an admin request without the right credential names no protocol error code.
   */
  private static boolean isSimulatorAdmin(HttpResponse<String> answer) {
    return !answer.body().contains("<Code>");
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder request) {
    adminToken.ifPresent(token -> request.header("Authorization", "Token " + token));
    return request;
  }

  private URI clockUri() {
    return URI.create(baseUrl + "/__admin/mq/clock");
  }

  private static Optional<SimulatorClockState> clockOf(JsonNode clock) {
    if (clock == null || !clock.has("virtual") || !clock.has("nowMillis")) {
      return Optional.empty();
    }
    return Optional.of(
        new SimulatorClockState(clock.get("nowMillis").asLong(), clock.get("virtual").asBoolean()));
  }

  private JsonNode call(HttpRequest.Builder request) {
    try {
      HttpResponse<String> answer =
          http.send(
              authorized(request).timeout(CALL_TIMEOUT).build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "simulator admin API answered " + answer.statusCode() + ": " + answer.body());
      }
      return answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new IllegalStateException("simulator admin API unreachable at " + baseUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
