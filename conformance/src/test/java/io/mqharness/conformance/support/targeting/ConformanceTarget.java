package io.mqharness.conformance.support.targeting;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.client.WireMockBuilder;
import com.github.tomakehurst.wiremock.security.ClientTokenAuthenticator;
import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.targeting.TargetDescription;
import io.mqharness.simulator.targeting.TargetKind;
import io.mqharness.simulator.targeting.TargetOptions;
import io.mqharness.simulator.targeting.TargetSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The service one run checks, opened once from the {@code mq.target.*} settings (root README,
 * "Naming the target"), as {@link TargetDescription} finds it: the embedded simulator with a
 * virtual clock when no {@code mq.target.url} is given; a standalone simulator (WireMock's remote
 * API for faults and the journal, its admin API for a virtual clock); or a real instance (real
 * time, neither).
 */
public final class ConformanceTarget implements AutoCloseable {
  /** The {@code ns} sent when {@code mq.target.instanceId} is not given. */
  public static final String DEFAULT_INSTANCE_ID = "MQ_INST_conformance";

  private final TargetDescription description;
  private final TargetSettings settings;
  private final Endpoint endpoint;
  private final TargetClock clock;
  private final WireMock wireMock;
  private final MqSimulator embedded;

  private ConformanceTarget(
      TargetDescription description,
      TargetSettings settings,
      Endpoint endpoint,
      TargetClock clock,
      WireMock wireMock,
      MqSimulator embedded) {
    this.description = description;
    this.settings = settings;
    this.endpoint = endpoint;
    this.clock = clock;
    this.wireMock = wireMock;
    this.embedded = embedded;
  }

  /**
   * The run's settings: {@code parameters} (JUnit configuration parameters, which include {@code
   * -D} system properties) by name, then the process environment, then the {@code mq.target.config}
   * file.
   *
   * @throws IllegalArgumentException or {@link java.io.UncheckedIOException} as {@link
   *     TargetOptions#of} and {@link TargetSettings#read} do
   */
  public static TargetSettings settings(Function<String, Optional<String>> parameters) {
    return settings(parameters, System::getenv);
  }

  /**
   * As {@link #settings(Function)}, with {@code environment} giving a variable's value by name
   * (null when unset).
   */
  static TargetSettings settings(
      Function<String, Optional<String>> parameters, Function<String, String> environment) {
    return TargetSettings.read(
        TargetOptions.of(name -> parameters.apply(name).orElse(null), environment));
  }

  /**
   * Starts the embedded simulator, or probes {@code settings.url()} (up to 5 s); close the target
   * after the run.
   */
  public static ConformanceTarget open(TargetSettings settings) {
    TargetDescription description = TargetDescription.of(settings);
    if (description.kind() == TargetKind.EMBEDDED_SIMULATOR) {
      MqSimulator simulator =
          MqSimulator.start(
              SimulatorOptions.defaults()
                  .withVirtualClock(true)
                  .withCredentials(Map.of(settings.accessKeyId(), settings.accessKeySecret())));
      return new ConformanceTarget(
          description,
          settings,
          endpoint(settings, simulator.baseUrl()),
          new EmbeddedClock(simulator.virtualClock().orElseThrow()),
          new WireMock(simulator.wireMock()),
          simulator);
    }
    String url = settings.url().orElseThrow();
    if (description.kind() == TargetKind.STANDALONE_SIMULATOR) {
      URI uri = URI.create(url);
      TargetClock clock =
          description.virtualStandaloneClock()
              ? new AdminClock(settings.adminClient(url))
              : new RealTimeClock();
      return new ConformanceTarget(
          description,
          settings,
          endpoint(settings, url),
          clock,
          adminWireMock(uri, settings),
          null);
    }
    return new ConformanceTarget(
        description, settings, endpoint(settings, url), new RealTimeClock(), null, null);
  }

  /**
   * WireMock's client of a standalone simulator's admin API, with the admin token when one is
   * given.
   */
  private static WireMock adminWireMock(URI uri, TargetSettings settings) {
    WireMockBuilder builder =
        WireMock.create().scheme(uri.getScheme()).host(uri.getHost()).port(uri.getPort());
    settings
        .adminToken()
        .ifPresent(token -> builder.authenticator(new ClientTokenAuthenticator(token)));
    return builder.build();
  }

  /** Where and as whom clients connect: {@code url} with the settings' credentials. */
  static Endpoint endpoint(TargetSettings settings, String url) {
    return new Endpoint(
        url,
        settings.accessKeyId(),
        settings.accessKeySecret(),
        settings.securityToken().orElse(null));
  }

  public TargetKind kind() {
    return description.kind();
  }

  public TargetSettings settings() {
    return settings;
  }

  /** {@code mq.target.instanceId}, else {@link #DEFAULT_INSTANCE_ID}. */
  public String instanceId() {
    return settings.instanceId().orElse(DEFAULT_INSTANCE_ID);
  }

  public Endpoint endpoint() {
    return endpoint;
  }

  public TargetClock clock() {
    return clock;
  }

  /**
   * Moves the clock the simulator checks request Dates against by {@code offset} ({@link
   * Duration#ZERO}: back to the wall clock): the embedded simulator directly, a standalone one
   * through its admin API.
   *
   * @throws IllegalStateException on a real instance, which has no such control
   */
  public void setDateCheckOffset(Duration offset) {
    if (embedded != null) {
      embedded.dateCheckClock().setOffset(offset);
    } else if (kind() == TargetKind.STANDALONE_SIMULATOR) {
      settings.adminClient(endpoint.url()).setDateCheckOffset(offset);
    } else {
      throw new IllegalStateException("a real instance's clock cannot be moved: " + this);
    }
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

  /** {@code "STANDALONE_SIMULATOR http://127.0.0.1:8080"}: the matrix's target line. */
  @Override
  public String toString() {
    return kind() + " " + endpoint.url();
  }
}
