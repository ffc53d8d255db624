package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.MqSimulator;
import java.time.Duration;
import java.util.Map;

/**
 * {@code POST /__admin/mq/clock/date-offset} with {@code {"millis": 1200000}}: moves the wall clock
 * that request Dates are checked against that far (negative: behind; 0: back to the wall clock), so
 * a test can make any client look that far off without touching its clock. Test only; a reset puts
 * it back to 0. Answers the offset and the allowed skew, both in milliseconds.
 */
final class SetDateOffsetTask extends SimulatorTask {
  SetDateOffsetTask(MqSimulator simulator) {
    super(simulator);
  }

  record Offset(long millis) {}

  @Override
  ResponseDefinition execute(byte[] body) {
    Offset offset = AdminJson.read(body, Offset.class);
    simulator.dateCheckClock().setOffset(Duration.ofMillis(offset.millis()));
    return AdminJson.ok(
        Map.of(
            "dateOffsetMillis",
            offset.millis(),
            "maxClockSkewMillis",
            simulator.options().maxClockSkew().toMillis()));
  }
}
