package io.mqharness.simulator.wiremock.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.engine.TopicRef;

/**
 * {@code POST /__admin/mq/topics} with {@code {"instanceId": "I1", "topic": "T1"}}: declare a topic
 * (strict mode).
 */
final class DeclareTopicTask extends SimulatorTask {
  DeclareTopicTask(MqSimulator simulator) {
    super(simulator);
  }

  @Override
  ResponseDefinition execute(byte[] body) {
    TopicRef topic = AdminJson.read(body, TopicRef.class);
    if (topic.topic() == null || topic.topic().isBlank()) {
      throw new IllegalArgumentException("topic is required");
    }
    simulator.engine().declareTopic(topic);
    return AdminJson.ok(topic);
  }
}
