package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.MqSimulator;
import java.time.Duration;
import java.util.Map;

/**
 * {@code POST /__admin/mq/clock/advance} with {@code {"millis": 10000}}: moves a virtual clock
 * forward, running every protocol timer that falls due. A simulator on the system clock answers
 * 409.
 */
final class AdvanceClockTask extends SimulatorTask {
  AdvanceClockTask(MqSimulator simulator) {
    super(simulator);
  }

  record Advance(long millis) {}

  @Override
  ResponseDefinition execute(byte[] body) {
    var clock = simulator.virtualClock();
    if (clock.isEmpty()) {
      return AdminJson.error(
          409,
          "The simulator runs on the system clock; start it with a virtual clock to advance time.");
    }
    Advance advance = AdminJson.read(body, Advance.class);
    if (advance.millis() < 0) {
      throw new IllegalArgumentException("millis must not be negative");
    }
    clock.get().advance(Duration.ofMillis(advance.millis()));
    return AdminJson.ok(Map.of("nowMillis", clock.get().nowMillis()));
  }
}
