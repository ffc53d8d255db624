package io.mqharness.simulations.chains;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The HTTP protocol every simulation's requests go through; each request signs itself (SPEC §3).
 */
public final class MqProtocol {
  private MqProtocol() {}

  /**
   * The protocol for the target at {@code baseUrl} (e.g. {@code http://127.0.0.1:8080}). Gatling's
   * warm-up is off: it calls a site outside the target. Connections are shared like an SDK's
   * keep-alive pool, rather than one per virtual user, which would measure connection set-up
   * instead.
   */
  public static HttpProtocolBuilder mqProtocol(String baseUrl) {
    return http.baseUrl(baseUrl)
        .disableWarmUp()
        .disableCaching()
        .shareConnections()
        .userAgentHeader("mq-http-harness-gatling");
  }
}
