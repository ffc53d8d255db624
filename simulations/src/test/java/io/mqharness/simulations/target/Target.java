package io.mqharness.simulations.target;

import io.mqharness.mock.MqSimulator;
import io.mqharness.mock.SimulatorOptions;
import io.mqharness.mock.engine.EngineSettings;
import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulations.settings.HarnessSettings;
import java.net.URI;
import java.util.Map;

/** What a run sends to: the URL given, or a simulator started inside the run on a free loopback port. */
public final class Target implements AutoCloseable {
  private final String baseUrl;
  private final Credentials credentials;
  private final MqSimulator embedded;

  private Target(String baseUrl, Credentials credentials, MqSimulator embedded) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    this.embedded = embedded;
  }

  public static Target open(HarnessSettings settings) {
    Credentials credentials = Credentials.of(settings.accessKeyId(), settings.accessKeySecret());
    if (!settings.embedded()) {
      return new Target(settings.targetUrl(), credentials, null);
    }
    // The journal is off: a load test would otherwise keep every request in the simulator's memory.
    MqSimulator simulator = MqSimulator.start(SimulatorOptions.defaults()
        .withCredentials(Map.of(settings.accessKeyId(), settings.accessKeySecret()))
        .withEngine(EngineSettings.defaults().withTimeScale(settings.timeScale()))
        .withJournalEntries(0));
    return new Target(simulator.baseUrl(), credentials, simulator);
  }

  public String baseUrl() {
    return baseUrl;
  }

  public Credentials credentials() {
    return credentials;
  }

  /** The reference client, for set-up outside the measured load (pre-filling a topic). */
  public MqClient client() {
    return MqClient.of(URI.create(baseUrl), credentials);
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
