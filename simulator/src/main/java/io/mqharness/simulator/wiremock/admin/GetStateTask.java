package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.MqSimulator;

/** {@code GET /__admin/mq/state}: instances, topics, message counts by state and groups. */
final class GetStateTask extends SimulatorTask {
  GetStateTask(MqSimulator simulator) {
    super(simulator);
  }

  @Override
  ResponseDefinition execute(byte[] body) {
    return AdminJson.ok(simulator.engine().snapshot());
  }
}
