package io.mqharness.simulator.testkit;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulator.SimulatorOptions;
import java.net.URI;

/**
 * The reference client of a simulator that keeps the default credentials ({@link
 * SimulatorOptions#DEFAULT_ACCESS_KEY_ID} and {@link SimulatorOptions#DEFAULT_ACCESS_KEY_SECRET},
 * which {@link SimulatorOptions#defaults()} accepts), for tests and demos that publish and consume
 * without caring who signs.
 */
public final class DefaultClient {
  private DefaultClient() {}

  /**
   * A client of the simulator at {@code baseUrl} (e.g. {@code MqSimulator#baseUrl()}, {@code
   * http://127.0.0.1:8080}), signing with the default credentials.
   *
   * @throws IllegalArgumentException when {@code baseUrl} is no URI
   */
  public static MqClient of(String baseUrl) {
    return MqClient.of(
        URI.create(baseUrl),
        Credentials.of(
            SimulatorOptions.DEFAULT_ACCESS_KEY_ID, SimulatorOptions.DEFAULT_ACCESS_KEY_SECRET));
  }
}
