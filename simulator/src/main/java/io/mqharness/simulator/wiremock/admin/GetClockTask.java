package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.MqSimulator;
import java.util.Map;

/** {@code GET /__admin/mq/clock}: the engine's now (epoch ms) and whether it is virtual. */
final class GetClockTask extends SimulatorTask {
  GetClockTask(MqSimulator simulator) {
    super(simulator);
  }

  @Override
  ResponseDefinition execute(byte[] body) {
    return AdminJson.ok(
        Map.of(
            "nowMillis",
            simulator.clock().nowMillis(),
            "virtual",
            simulator.virtualClock().isPresent()));
  }
}
