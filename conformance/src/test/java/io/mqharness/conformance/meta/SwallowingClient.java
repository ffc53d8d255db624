package io.mqharness.conformance.meta;

import io.mqharness.conformance.adapter.AckCommand;
import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.ConsumeCommand;
import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishCommand;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.adapter.reference.ReferenceClientAdapter;
import java.util.List;
import java.util.Set;

/**
 * A deliberately wrong client: the reference client, except that a failed consume reports "no
 * message".
 */
final class SwallowingClient implements MqClientAdapter {
  static final String NAME = "swallows-consume-errors";
  private final ReferenceClientAdapter delegate = new ReferenceClientAdapter();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Capability> capabilities() {
    return delegate.capabilities();
  }

  @Override
  public void connect(Endpoint endpoint) {
    delegate.connect(endpoint);
  }

  @Override
  public PublishResult publish(PublishCommand command) {
    return delegate.publish(command);
  }

  @Override
  public List<ReceivedMessage> consume(ConsumeCommand command) {
    try {
      return delegate.consume(command);
    } catch (ClientFailure swallowed) {
      return List.of();
    }
  }

  @Override
  public void ack(AckCommand command) {
    delegate.ack(command);
  }

  @Override
  public List<ReceivedMessage> consumeHalf(ConsumeCommand command) {
    return delegate.consumeHalf(command);
  }

  @Override
  public void commit(AckCommand command) {
    delegate.commit(command);
  }

  @Override
  public void rollback(AckCommand command) {
    delegate.rollback(command);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
