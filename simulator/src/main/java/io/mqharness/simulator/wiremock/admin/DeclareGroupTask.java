package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.engine.TopicRef;

/**
 * {@code POST /__admin/mq/groups} with {@code {"instanceId": "I1", "topic": "T1", "group":
 * "GID_1"}}: declare a consumer group, which then keeps every message published from now on until
 * it acks it.
 */
final class DeclareGroupTask extends SimulatorTask {
  DeclareGroupTask(MqSimulator simulator) {
    super(simulator);
  }

  record GroupDeclaration(String instanceId, String topic, String group) {}

  @Override
  ResponseDefinition execute(byte[] body) {
    GroupDeclaration declaration = AdminJson.read(body, GroupDeclaration.class);
    if (declaration.topic() == null
        || declaration.topic().isBlank()
        || declaration.group() == null
        || declaration.group().isBlank()) {
      throw new IllegalArgumentException("topic and group are required");
    }
    simulator
        .engine()
        .declareGroup(
            new TopicRef(declaration.instanceId(), declaration.topic()), declaration.group());
    return AdminJson.ok(declaration);
  }
}
