package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.MqSimulator;
import java.util.Map;
import java.util.TreeSet;

/** {@code GET /__admin/mq/credentials}: the accepted access key ids (never the secrets). */
final class ListCredentialsTask extends SimulatorTask {
  ListCredentialsTask(MqSimulator simulator) {
    super(simulator);
  }

  @Override
  ResponseDefinition execute(byte[] body) {
    return AdminJson.ok(
        Map.of("accessKeyIds", new TreeSet<>(simulator.credentials().accessKeyIds())));
  }
}
