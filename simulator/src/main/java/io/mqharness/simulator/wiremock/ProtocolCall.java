package io.mqharness.simulator.wiremock;

import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.simulator.engine.AckRequest;
import io.mqharness.simulator.engine.ConsumeRequest;
import io.mqharness.simulator.engine.TopicRef;

/** One protocol operation parsed from an HTTP request, ready for the engine. */
sealed interface ProtocolCall {
  TopicRef topic();

  record Publish(TopicRef topic, PublishRequest message) implements ProtocolCall {}

  record Consume(ConsumeRequest request) implements ProtocolCall {
    @Override
    public TopicRef topic() {
      return request.topic();
    }
  }

  record Ack(AckRequest request) implements ProtocolCall {
    @Override
    public TopicRef topic() {
      return request.topic();
    }
  }
}
