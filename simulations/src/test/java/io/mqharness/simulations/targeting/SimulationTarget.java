package io.mqharness.simulations.targeting;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.engine.EngineSettings;
import io.mqharness.simulator.targeting.TargetDescription;
import io.mqharness.simulator.targeting.TargetKind;
import io.mqharness.simulator.targeting.TargetSettings;
import java.net.URI;
import java.util.Map;

/**
 * What a run sends to, from its {@code mq.target.*} settings as {@link TargetDescription} finds
 * them: the URL given (a standalone simulator or a real instance), or a simulator started inside
 * the run on a free loopback port with the settings' credentials, {@code mq.timeScale} and no
 * request journal.
 */
public final class SimulationTarget implements AutoCloseable {
  private final TargetDescription description;
  private final String baseUrl;
  private final Credentials credentials;
  private final MqSimulator embedded;

  private SimulationTarget(
      TargetDescription description,
      String baseUrl,
      Credentials credentials,
      MqSimulator embedded) {
    this.description = description;
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    this.embedded = embedded;
  }

  /**
   * Starts the embedded simulator, or probes {@code mq.target.url} with one unsigned {@code GET
   * /__admin/mq/clock} (up to 5 s) to say what it is. Close the target when the run ends.
   */
  public static SimulationTarget open(HarnessSettings settings) {
    TargetSettings target = settings.target();
    TargetDescription description = TargetDescription.of(target);
    if (description.kind() != TargetKind.EMBEDDED_SIMULATOR) {
      return new SimulationTarget(
          description, target.url().orElseThrow(), target.credentials(), null);
    }
    // The journal is off: a load test would otherwise keep every request in the simulator's memory.
    MqSimulator simulator =
        MqSimulator.start(
            SimulatorOptions.defaults()
                .withCredentials(Map.of(target.accessKeyId(), target.accessKeySecret()))
                .withEngine(EngineSettings.defaults().withTimeScale(settings.timeScale()))
                .withJournalEntries(0));
    return new SimulationTarget(description, simulator.baseUrl(), target.credentials(), simulator);
  }

  /** What the settings named: embedded simulator, standalone simulator or real instance. */
  public TargetDescription description() {
    return description;
  }

  /** The endpoint requests go to, e.g. {@code http://127.0.0.1:8080}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The key pair (and security token, if any) every request is signed with. */
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
