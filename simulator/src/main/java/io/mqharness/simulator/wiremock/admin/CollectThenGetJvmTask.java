package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.health.JvmProbe;

/**
 * {@code POST /__admin/mq/jvm/gc}: runs {@code System.gc()}, then answers as {@code GET
 * /__admin/mq/jvm}, so that the heap figure is the live set of that instant. (A class of its own:
 * WireMock's admin router finds a route's path by its task's class.)
 */
final class CollectThenGetJvmTask extends SimulatorTask {
  private final JvmProbe probe;

  CollectThenGetJvmTask(MqSimulator simulator) {
    super(simulator);
    this.probe = new JvmProbe(simulator);
  }

  @Override
  ResponseDefinition execute(byte[] body) {
    return AdminJson.ok(probe.read(true));
  }
}
