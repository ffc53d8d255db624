package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.health.JvmProbe;

/**
 * {@code GET /__admin/mq/jvm}: the simulator's heap (after the latest collection, and now),
 * threads, open connections and stored messages ({@link io.mqharness.simulator.health.JvmFigures}),
 * without collecting.
 */
final class GetJvmTask extends SimulatorTask {
  private final JvmProbe probe;

  GetJvmTask(MqSimulator simulator) {
    super(simulator);
    this.probe = new JvmProbe(simulator);
  }

  @Override
  ResponseDefinition execute(byte[] body) {
    return AdminJson.ok(probe.read(false));
  }
}
