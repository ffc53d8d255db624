package io.mqharness.conformance.adapter.reference;

import io.mqharness.conformance.adapter.AckCommand;
import io.mqharness.conformance.adapter.CallDeadline;
import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.ConsumeCommand;
import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishCommand;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.MqTransProducer;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.sign.Credentials;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The project's reference client ({@code io.mqharness.protocol.client}); it can do everything the
 * protocol has.
 */
public final class ReferenceClientAdapter implements MqClientAdapter {
  public static final String NAME = "reference";

  private final CallDeadline deadline = CallDeadline.fromSystemProperties(NAME);
  private MqClient client;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.allOf(Capability.class);
  }

  @Override
  public void connect(Endpoint endpoint) {
    client =
        MqClient.of(
            URI.create(endpoint.url()),
            new Credentials(
                endpoint.accessKeyId(), endpoint.accessKeySecret(), endpoint.securityToken()));
  }

  @Override
  public PublishResult publish(PublishCommand command) {
    PublishResponse response =
        deadline.call(
            "publish",
            0,
            () ->
                ReferenceFailures.translate(
                    () ->
                        connected()
                            .producer(command.instanceId(), command.topic())
                            .publish(ReferenceMessages.toTopicMessage(command))));
    return new PublishResult(response.messageId(), response.bodyMd5(), response.receiptHandle());
  }

  @Override
  public List<ReceivedMessage> consume(ConsumeCommand command) {
    return deadline.call(
        command.orderly() ? "consume orderly" : "consume",
        command.waitSeconds(),
        () ->
            ReferenceFailures.translate(
                () -> {
                  var consumer =
                      connected()
                          .consumer(
                              command.instanceId(),
                              command.topic(),
                              command.group(),
                              command.tag());
                  int wait = shortPollAsAbsent(command.waitSeconds());
                  List<ConsumedMessage> messages =
                      command.orderly()
                          ? consumer.consumeOrderly(command.numOfMessages(), wait)
                          : consumer.consume(command.numOfMessages(), wait);
                  return messages.stream().map(ReferenceMessages::toReceived).toList();
                }));
  }

  @Override
  public void ack(AckCommand command) {
    run(
        "ack",
        () ->
            connected()
                .consumer(command.instanceId(), command.topic(), command.group(), null)
                .ack(command.receiptHandles()));
  }

  @Override
  public List<ReceivedMessage> consumeHalf(ConsumeCommand command) {
    return deadline.call(
        "consume half",
        command.waitSeconds(),
        () ->
            ReferenceFailures.translate(
                () ->
                    connected()
                        .transProducer(command.instanceId(), command.topic(), command.group())
                        .consumeHalfMessage(
                            command.numOfMessages(), shortPollAsAbsent(command.waitSeconds()))
                        .stream()
                        .map(ReferenceMessages::toReceived)
                        .toList()));
  }

  @Override
  public void commit(AckCommand command) {
    String handle = command.singleHandle();
    run("commit", () -> transProducer(command).commit(handle));
  }

  @Override
  public void rollback(AckCommand command) {
    String handle = command.singleHandle();
    run("rollback", () -> transProducer(command).rollback(handle));
  }

  @Override
  public void close() {
    deadline.close();
  }

  /** A short poll omits {@code waitseconds}, as the Python SDK's default does. */
  private static int shortPollAsAbsent(int waitSeconds) {
    return waitSeconds == 0 ? -1 : waitSeconds;
  }

  /** Runs {@code action} within the client deadline, its failures translated. */
  private void run(String operation, Runnable action) {
    deadline.run(
        operation,
        0,
        () ->
            ReferenceFailures.translate(
                () -> {
                  action.run();
                  return null;
                }));
  }

  private MqTransProducer transProducer(AckCommand command) {
    return connected().transProducer(command.instanceId(), command.topic(), command.group());
  }

  private MqClient connected() {
    return Objects.requireNonNull(client, "connect(Endpoint) first");
  }
}
