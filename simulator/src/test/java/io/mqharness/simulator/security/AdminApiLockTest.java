package io.mqharness.simulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.testkit.SimulatorAdminClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A simulator bound beyond loopback ({@code 0.0.0.0}, as in the Docker image) with an admin token:
 * WireMock's admin API and the simulator's own {@code /__admin/mq/} routes answer 401 to a call
 * without the token, or with a wrong one, and change nothing; with the token they work; the
 * protocol's requests need only their signatures. The test talks to the wildcard-bound server
 * through 127.0.0.1, so no traffic leaves loopback.
 */
class AdminApiLockTest {
  private static final String TOKEN = "admin-token-for-tests";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static MqSimulator simulator;

  @BeforeAll
  static void startOnTheWildcardAddress() {
    simulator =
        MqSimulator.start(
            SimulatorOptions.defaults().withBindAddress("0.0.0.0").withVirtualClock(true),
            AdminAccess.withToken(TOKEN));
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void withoutTheTokenEveryAdminCallIs401AndChangesNothing() {
    // given one stored message and the state as it is
    MqClient.of(URI.create(simulator.baseUrl()), credentials())
        .producer("I1", "T_LOCK")
        .publish(TopicMessage.of("kept"));
    long publishedBefore = simulator.engine().counters().published();
    long clockBefore = simulator.clock().nowMillis();
    int stubsBefore = simulator.wireMock().getStubMappings().size();

    // when every kind of admin call comes without the token, or with a wrong one
    for (Optional<String> authorization :
        new Optional[] {
          Optional.empty(),
          Optional.of("Token wrong"),
          Optional.of("Bearer " + TOKEN + "x"),
          Optional.of("Basic " + TOKEN),
          Optional.of(TOKEN)
        }) {
      assertThat(call("GET", "/__admin/mappings", null, authorization))
          .as("list stubs, %s", authorization)
          .isEqualTo(401);
      assertThat(
              call(
                  "POST",
                  "/__admin/mappings",
                  "{\"request\":{\"method\":\"ANY\",\"urlPattern\":\".*\"},\"response\":{\"status\":500}}",
                  authorization))
          .as("add a stub, %s", authorization)
          .isEqualTo(401);
      assertThat(call("POST", "/__admin/reset", "", authorization))
          .as("WireMock reset")
          .isEqualTo(401);
      assertThat(call("GET", "/__admin/mq/state", null, authorization)).as("state").isEqualTo(401);
      assertThat(call("POST", "/__admin/mq/reset", "", authorization)).as("reset").isEqualTo(401);
      assertThat(call("POST", "/__admin/mq/clock/advance", "{\"millis\":600000}", authorization))
          .as("clock")
          .isEqualTo(401);
      assertThat(
              call(
                  "POST",
                  "/__admin/mq/credentials",
                  "{\"accessKeyId\":\"INTRUDER\",\"accessKeySecret\":\"x\"}",
                  authorization))
          .as("credentials")
          .isEqualTo(401);
    }

    // then nothing changed
    assertThat(simulator.engine().counters().published()).isEqualTo(publishedBefore);
    assertThat(simulator.engine().snapshot().storedMessages()).isEqualTo(1);
    assertThat(simulator.clock().nowMillis()).isEqualTo(clockBefore);
    assertThat(simulator.wireMock().getStubMappings()).hasSize(stubsBefore);
    assertThat(simulator.credentials().secretOf("INTRUDER")).isEmpty();
  }

  @Test
  void withTheTokenTheAdminCallsWork() {
    Optional<String> token = Optional.of("Token " + TOKEN);
    long clockBefore = simulator.clock().nowMillis();

    assertThat(call("GET", "/__admin/mappings", null, token)).isEqualTo(200);
    assertThat(call("GET", "/__admin/mq/state", null, token)).isEqualTo(200);
    assertThat(call("POST", "/__admin/mq/clock/advance", "{\"millis\":1000}", token))
        .isEqualTo(200);
    assertThat(
            call(
                "POST",
                "/__admin/mq/credentials",
                "{\"accessKeyId\":\"AK_ADMIN\",\"accessKeySecret\":\"SK\"}",
                Optional.of("Bearer " + TOKEN)))
        .isEqualTo(200);
    assertThat(call("POST", "/__admin/mq/reset", "", token)).isEqualTo(200);

    assertThat(simulator.clock().nowMillis()).isEqualTo(clockBefore + 1000);
    assertThat(simulator.credentials().secretOf("AK_ADMIN")).hasValue("SK");
    assertThat(simulator.engine().snapshot().storedMessages()).isZero();
  }

  @Test
  void theTargetingClientSendsTheTokenWhenItHasIt() {
    SimulatorAdminClient withToken =
        new SimulatorAdminClient(simulator.baseUrl(), Optional.of(TOKEN));
    long before = withToken.nowMillis();

    withToken.advance(Duration.ofSeconds(5));

    assertThat(withToken.clockState())
        .hasValueSatisfying(clock -> assertThat(clock.nowMillis()).isEqualTo(before + 5000));
    assertThatThrownBy(() -> new SimulatorAdminClient(simulator.baseUrl()).clockState())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mq.target.adminToken");
    assertThatThrownBy(
            () ->
                new SimulatorAdminClient(simulator.baseUrl(), Optional.of("wrong"))
                    .advance(Duration.ofSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("401");
    assertThat(simulator.clock().nowMillis()).isEqualTo(before + 5000);
  }

  @Test
  void withoutATokenItDoesNotStartBeyondLoopback() {
    assertThatThrownBy(
            () -> MqSimulator.start(SimulatorOptions.defaults().withBindAddress("0.0.0.0")))
        .isInstanceOf(AdminAccessRefused.class)
        .hasMessageContaining("0.0.0.0")
        .hasMessageContaining("--admin-token")
        .hasMessageContaining("--admin-open");
  }

  @Test
  void onLoopbackTheAdminApiStaysOpenUnlessATokenIsGiven() {
    try (MqSimulator open = MqSimulator.start(SimulatorOptions.defaults());
        MqSimulator locked =
            MqSimulator.start(SimulatorOptions.defaults(), AdminAccess.withToken(TOKEN))) {
      assertThat(call(open.baseUrl(), "GET", "/__admin/mq/state", null, Optional.empty()))
          .isEqualTo(200);
      assertThat(call(locked.baseUrl(), "GET", "/__admin/mq/state", null, Optional.empty()))
          .isEqualTo(401);
    }
  }

  private static int call(String method, String path, String body, Optional<String> authorization) {
    return call(simulator.baseUrl(), method, path, body, authorization);
  }

  private static int call(
      String baseUrl, String method, String path, String body, Optional<String> authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    authorization.ifPresent(value -> request.header("Authorization", value));
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Credentials credentials() {
    return Credentials.of(
        SimulatorOptions.DEFAULT_ACCESS_KEY_ID, SimulatorOptions.DEFAULT_ACCESS_KEY_SECRET);
  }
}
