package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.health.JvmProbe;

/**
 * {@code GET /__admin/mq/jvm}: the simulator's heap (after the latest collection, and now),
 * threads, open connections and stored messages ({@link io.mqharness.simulator.health.JvmFigures}),
 * without collecting.
 */
class GetJvmTask extends SimulatorTask {
  private final JvmProbe probe;
  private final boolean collectFirst;

  GetJvmTask(MqSimulator simulator) {
    this(simulator, false);
  }

  /** The figures, read after a {@code System.gc()} when {@code collectFirst}. */
  GetJvmTask(MqSimulator simulator, boolean collectFirst) {
    super(simulator);
    this.probe = new JvmProbe(simulator);
    this.collectFirst = collectFirst;
  }

  @Override
  final ResponseDefinition execute(byte[] body) {
    return AdminJson.ok(probe.read(collectFirst));
  }
}
