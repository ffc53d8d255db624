package io.mqharness.conformance.adapter.javasdk;

import com.aliyun.mq.http.MQClient;
import com.aliyun.mq.http.MQConsumer;
import com.aliyun.mq.http.MQProducer;
import com.aliyun.mq.http.MQTransProducer;
import com.aliyun.mq.http.model.Message;
import com.aliyun.mq.http.model.TopicMessage;
import io.mqharness.conformance.adapter.AckCommand;
import io.mqharness.conformance.adapter.CallDeadline;
import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.ConsumeCommand;
import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishCommand;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The official Java SDK {@code com.aliyun.mq:mq-http-sdk}, in-process and with its default settings, as an
 * application would use it. "No message" is the {@code null} its consume methods return (SPEC §7.4).
 */
public final class JavaSdkAdapter implements MqClientAdapter {
  public static final String NAME = "java-sdk";

  private final CallDeadline deadline = CallDeadline.fromSystemProperties(NAME);
  private MQClient client;

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
    client = endpoint.securityToken() == null
        ? new MQClient(endpoint.url(), endpoint.accessKeyId(), endpoint.accessKeySecret())
        : new MQClient(endpoint.url(), endpoint.accessKeyId(), endpoint.accessKeySecret(), endpoint.securityToken());
  }

  @Override
  public PublishResult publish(PublishCommand command) {
    TopicMessage message = JavaSdkMessages.toTopicMessage(command);
    TopicMessage published = deadline.call("publish", 0, () -> JavaSdkFailures.translate(() -> producer(command).publishMessage(message)));
    return new PublishResult(published.getMessageId(), published.getMessageBodyMD5(), published.getReceiptHandle());
  }

  @Override
  public List<ReceivedMessage> consume(ConsumeCommand command) {
    return deadline.call(command.orderly() ? "consume orderly" : "consume", command.waitSeconds(),
        () -> JavaSdkFailures.translate(() -> {
          MQConsumer consumer = consumer(command);
          List<Message> messages = command.orderly()
              ? consumer.consumeMessageOrderly(command.numOfMessages(), command.waitSeconds())
              : consumer.consumeMessage(command.numOfMessages(), command.waitSeconds());
          return JavaSdkMessages.toReceived(messages);
        }));
  }

  @Override
  public void ack(AckCommand command) {
    deadline.run("ack", 0, () -> JavaSdkFailures.translate(() -> {
      consumer(ConsumeCommand.of(command.instanceId(), command.topic(), command.group(), 1, 0))
          .ackMessage(command.receiptHandles());
      return null;
    }));
  }

  @Override
  public List<ReceivedMessage> consumeHalf(ConsumeCommand command) {
    return deadline.call("consume half", command.waitSeconds(), () -> JavaSdkFailures.translate(() ->
        JavaSdkMessages.toReceived(transProducer(command.instanceId(), command.topic(), command.group())
            .consumeHalfMessage(command.numOfMessages(), command.waitSeconds()))));
  }

  @Override
  public void commit(AckCommand command) {
    String handle = single(command);
    deadline.run("commit", 0, () -> JavaSdkFailures.translate(() -> {
      transProducer(command.instanceId(), command.topic(), command.group()).commit(handle);
      return null;
    }));
  }

  @Override
  public void rollback(AckCommand command) {
    String handle = single(command);
    deadline.run("rollback", 0, () -> JavaSdkFailures.translate(() -> {
      transProducer(command.instanceId(), command.topic(), command.group()).rollback(handle);
      return null;
    }));
  }

  @Override
  public void close() {
    try {
      if (client != null) {
        client.close();
      }
    } finally {
      deadline.close();
    }
  }

  private MQProducer producer(PublishCommand command) {
    return command.instanceId().isEmpty()
        ? connected().getProducer(command.topic())
        : connected().getProducer(command.instanceId(), command.topic());
  }

  private MQConsumer consumer(ConsumeCommand command) {
    return command.instanceId().isEmpty()
        ? connected().getConsumer(command.topic(), command.group(), command.tag())
        : connected().getConsumer(command.instanceId(), command.topic(), command.group(), command.tag());
  }

  private MQTransProducer transProducer(String instanceId, String topic, String group) {
    return instanceId.isEmpty()
        ? connected().getTransProducer(topic, group)
        : connected().getTransProducer(instanceId, topic, group);
  }

  private static String single(AckCommand command) {
    if (command.receiptHandles().size() != 1) {
      throw new IllegalArgumentException("commit and rollback take exactly one receipt handle");
    }
    return command.receiptHandles().get(0);
  }

  private MQClient connected() {
    return Objects.requireNonNull(client, "connect(Endpoint) first");
  }
}
