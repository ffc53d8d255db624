package io.mqharness.conformance.support.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.mock.MqSimulator;
import io.mqharness.mock.SimulatorOptions;
import java.net.URI;
import java.util.Optional;

/**
 * The service one run checks, opened once: the embedded simulator (virtual clock) when no {@code target.url} is
 * given, else the endpoint given, which is a standalone simulator when it answers the simulator's admin API ({@code GET /__admin/mq/clock}) and a
 * real instance otherwise.
 */
public final class Target implements AutoCloseable {
  private final TargetKind kind;
  private final TargetSettings settings;
  private final Endpoint endpoint;
  private final TargetClock clock;
  private final WireMock wireMock;
  private final MqSimulator embedded;

  private Target(TargetKind kind, TargetSettings settings, Endpoint endpoint, TargetClock clock, WireMock wireMock,
      MqSimulator embedded) {
    this.kind = kind;
    this.settings = settings;
    this.endpoint = endpoint;
    this.clock = clock;
    this.wireMock = wireMock;
    this.embedded = embedded;
  }

  public static Target open(TargetSettings settings) {
    if (settings.url().isEmpty()) {
      MqSimulator simulator = MqSimulator.start(SimulatorOptions.defaults()
          .withVirtualClock(true)
          .withCredentials(java.util.Map.of(settings.accessKeyId(), settings.accessKeySecret())));
      return new Target(TargetKind.EMBEDDED_SIMULATOR, settings, settings.endpoint(simulator.baseUrl()),
          new EmbeddedClock(simulator.virtualClock().orElseThrow()), new WireMock(simulator.wireMock()), simulator);
    }
    String url = settings.url().get();
    SimulatorAdmin admin = new SimulatorAdmin(url);
    Optional<JsonNode> simulatorClock = settings.asRealInstance() ? Optional.empty() : admin.clockState();
    if (simulatorClock.isPresent()) {
      URI uri = URI.create(url);
      TargetClock clock = simulatorClock.get().get("virtual").asBoolean() ? admin.clock() : new RealTimeClock();
      return new Target(TargetKind.STANDALONE_SIMULATOR, settings, settings.endpoint(url), clock,
          new WireMock(uri.getScheme(), uri.getHost(), uri.getPort()), null);
    }
    return new Target(TargetKind.REAL_INSTANCE, settings, settings.endpoint(url), new RealTimeClock(), null, null);
  }

  public TargetKind kind() {
    return kind;
  }

  public TargetSettings settings() {
    return settings;
  }

  public Endpoint endpoint() {
    return endpoint;
  }

  public TargetClock clock() {
    return clock;
  }

  /** The simulator's WireMock (stubs, journal); empty on a real instance. */
  public Optional<WireMock> wireMock() {
    return Optional.ofNullable(wireMock);
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }

  @Override
  public String toString() {
    return kind + " " + endpoint.url();
  }
}
