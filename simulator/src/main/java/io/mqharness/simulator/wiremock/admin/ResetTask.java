package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.MqSimulator;
import java.util.Map;

/** {@code POST /__admin/mq/reset}: forget messages, groups, counters, journal and user stubs. */
final class ResetTask extends SimulatorTask {
  ResetTask(MqSimulator simulator) {
    super(simulator);
  }

  @Override
  ResponseDefinition execute(byte[] body) {
    simulator.reset();
    return AdminJson.ok(Map.of("reset", true));
  }
}
