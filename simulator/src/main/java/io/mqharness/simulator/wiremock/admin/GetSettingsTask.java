package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.MqSimulator;
import java.util.Map;

/** {@code GET /__admin/mq/settings}: the engine settings, and whether the clock is virtual. */
final class GetSettingsTask extends SimulatorTask {
  GetSettingsTask(MqSimulator simulator) {
    super(simulator);
  }

  @Override
  ResponseDefinition execute(byte[] body) {
    return AdminJson.ok(
        Map.of(
            "engine", simulator.engine().settings(),
            "virtualClock", simulator.virtualClock().isPresent(),
            "strictTopics", simulator.engine().settings().strictTopics()));
  }
}
