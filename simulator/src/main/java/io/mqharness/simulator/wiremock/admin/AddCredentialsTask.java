package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.MqSimulator;
import java.util.Map;

/**
 * {@code POST /__admin/mq/credentials} with {@code {"accessKeyId": "AK", "accessKeySecret": "SK"}}.
 */
final class AddCredentialsTask extends SimulatorTask {
  AddCredentialsTask(MqSimulator simulator) {
    super(simulator);
  }

  record Pair(String accessKeyId, String accessKeySecret) {}

  @Override
  ResponseDefinition execute(byte[] body) {
    Pair pair = AdminJson.read(body, Pair.class);
    if (pair.accessKeyId() == null
        || pair.accessKeyId().isEmpty()
        || pair.accessKeySecret() == null) {
      throw new IllegalArgumentException("accessKeyId and accessKeySecret are required");
    }
    simulator.credentials().put(pair.accessKeyId(), pair.accessKeySecret());
    return AdminJson.ok(Map.of("accessKeyId", pair.accessKeyId()));
  }
}
