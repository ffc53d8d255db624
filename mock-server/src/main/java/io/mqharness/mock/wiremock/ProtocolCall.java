package io.mqharness.mock.wiremock;

import io.mqharness.mock.engine.AckRequest;
import io.mqharness.mock.engine.ConsumeRequest;
import io.mqharness.mock.engine.NewMessage;
import io.mqharness.mock.engine.TopicRef;

/** One protocol operation parsed from an HTTP request, ready for the engine. */
sealed interface ProtocolCall {
  TopicRef topic();

  record Publish(TopicRef topic, NewMessage message) implements ProtocolCall {}

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
