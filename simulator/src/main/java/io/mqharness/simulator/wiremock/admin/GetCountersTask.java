package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.MqSimulator;
import java.util.Map;

/**
 * {@code GET /__admin/mq/counters}: the engine's cumulative counters and what the HTTP layer
 * refused.
 */
final class GetCountersTask extends SimulatorTask {
  GetCountersTask(MqSimulator simulator) {
    super(simulator);
  }

  @Override
  ResponseDefinition execute(byte[] body) {
    return AdminJson.ok(
        Map.of(
            "engine", simulator.engine().counters(), "wire", simulator.wireCounters().snapshot()));
  }
}
