package io.mqharness.simulator.junit;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.engine.EngineSettings;
import io.mqharness.simulator.engine.time.VirtualClock;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a simulator on a free loopback port for a test class, on a virtual clock by default, and
 * resets its state before each test. Register it with {@code @RegisterExtension static
 * MqSimulatorExtension mq = MqSimulatorExtension.withVirtualClock();}; test methods may take {@link
 * MqSimulator} or {@link VirtualClock} parameters.
 */
public final class MqSimulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
  private final SimulatorOptions options;
  private MqSimulator simulator;

  private MqSimulatorExtension(SimulatorOptions options) {
    this.options = options;
  }

  public static MqSimulatorExtension withVirtualClock() {
    return new MqSimulatorExtension(SimulatorOptions.defaults().withVirtualClock(true));
  }

  public static MqSimulatorExtension withSystemClock() {
    return new MqSimulatorExtension(SimulatorOptions.defaults());
  }

  public static MqSimulatorExtension with(SimulatorOptions options) {
    return new MqSimulatorExtension(options);
  }

  public MqSimulatorExtension strict() {
    return new MqSimulatorExtension(options.withEngine(options.engine().withStrictTopics(true)));
  }

  public MqSimulatorExtension engine(EngineSettings settings) {
    return new MqSimulatorExtension(options.withEngine(settings));
  }

  /**
   * How far a request's Date may be from the wall clock (default 15 minutes, as the service);
   * {@code Duration.ZERO} turns the check off, e.g. for requests replayed with fixed dates.
   */
  public MqSimulatorExtension maxClockSkew(Duration skew) {
    return new MqSimulatorExtension(options.withMaxClockSkew(skew));
  }

  /**
   * The same extension with messages kept {@code retention} for their groups (default 3 days,
   * engine time).
   */
  public MqSimulatorExtension retention(Duration retention) {
    return new MqSimulatorExtension(options.withRetention(retention));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    simulator = MqSimulator.start(options);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    simulator.reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }

  public MqSimulator simulator() {
    return simulator;
  }

  /** The endpoint to give clients, e.g. {@code http://127.0.0.1:54321}. */
  public String baseUrl() {
    return simulator.baseUrl();
  }

  public String accessKeyId() {
    return options.credentials().keySet().iterator().next();
  }

  public String accessKeySecret() {
    return options.credentials().get(accessKeyId());
  }

  /**
   * A reference client of the running simulator, signing with {@link #accessKeyId()} and {@link
   * #accessKeySecret()}.
   */
  public MqClient client() {
    return MqClient.of(
        URI.create(simulator.baseUrl()), Credentials.of(accessKeyId(), accessKeySecret()));
  }

  /** The virtual clock; fails if the extension runs on the system clock. */
  public VirtualClock clock() {
    return simulator
        .virtualClock()
        .orElseThrow(() -> new IllegalStateException("this simulator runs on the system clock"));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MqSimulator.class || (type == VirtualClock.class && options.virtualClock());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == MqSimulator.class) {
      return simulator;
    }
    if (type == VirtualClock.class) {
      return clock();
    }
    throw new ParameterResolutionException("cannot resolve " + type);
  }
}
