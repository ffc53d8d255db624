package io.mqharness.conformance.adapter.javasdk;

import com.aliyun.mq.http.MQClient;
import com.aliyun.mq.http.MQConsumer;
import com.aliyun.mq.http.MQProducer;
import com.aliyun.mq.http.MQTransProducer;
import com.aliyun.mq.http.common.http.ClientConfiguration;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The official Java SDK {@code com.aliyun.mq:mq-http-sdk}, in-process, as an application would use
 * it: its default settings but the socket timeout, which is the client deadline of DRIVER.md §5 (15
 * s; a long poll's wait more). The SDK has one socket timeout per {@link MQClient}, so there is one
 * client per deadline, as DRIVER.md advises. "No message" is the {@code null} its consume methods
 * return (SPEC §7.4).
 */
public final class JavaSdkAdapter implements MqClientAdapter {
  public static final String NAME = "java-sdk";

  private final CallDeadline deadline = CallDeadline.fromSystemProperties(NAME);
  private final Map<Long, MQClient> clients = new LinkedHashMap<>();
  private Endpoint endpoint;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.allOf(Capability.class);
  }

  @Override
  public synchronized void connect(Endpoint endpoint) {
    closeClients();
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
  }

  @Override
  public PublishResult publish(PublishCommand command) {
    TopicMessage message = JavaSdkMessages.toTopicMessage(command);
    TopicMessage published =
        deadline.call(
            "publish",
            0,
            () -> JavaSdkFailures.translate(() -> producer(command).publishMessage(message)));
    return new PublishResult(
        published.getMessageId(), published.getMessageBodyMD5(), published.getReceiptHandle());
  }

  @Override
  public List<ReceivedMessage> consume(ConsumeCommand command) {
    return deadline.call(
        command.orderly() ? "consume orderly" : "consume",
        command.waitSeconds(),
        () ->
            JavaSdkFailures.translate(
                () -> {
                  MQConsumer consumer = consumer(command, command.waitSeconds());
                  List<Message> messages =
                      command.orderly()
                          ? consumer.consumeMessageOrderly(
                              command.numOfMessages(), command.waitSeconds())
                          : consumer.consumeMessage(command.numOfMessages(), command.waitSeconds());
                  return JavaSdkMessages.toReceived(messages);
                }));
  }

  @Override
  public void ack(AckCommand command) {
    run(
        "ack",
        () ->
            consumer(
                    ConsumeCommand.of(command.instanceId(), command.topic(), command.group(), 1, 0),
                    0)
                .ackMessage(command.receiptHandles()));
  }

  @Override
  public List<ReceivedMessage> consumeHalf(ConsumeCommand command) {
    return deadline.call(
        "consume half",
        command.waitSeconds(),
        () ->
            JavaSdkFailures.translate(
                () ->
                    JavaSdkMessages.toReceived(
                        transProducer(
                                command.instanceId(),
                                command.topic(),
                                command.group(),
                                command.waitSeconds())
                            .consumeHalfMessage(command.numOfMessages(), command.waitSeconds()))));
  }

  @Override
  public void commit(AckCommand command) {
    String handle = command.singleHandle();
    run(
        "commit",
        () ->
            transProducer(command.instanceId(), command.topic(), command.group(), 0)
                .commit(handle));
  }

  @Override
  public void rollback(AckCommand command) {
    String handle = command.singleHandle();
    run(
        "rollback",
        () ->
            transProducer(command.instanceId(), command.topic(), command.group(), 0)
                .rollback(handle));
  }

  @Override
  public void close() {
    try {
      synchronized (this) {
        closeClients();
      }
    } finally {
      deadline.close();
    }
  }

  /** Runs {@code action} within the client deadline, its failures translated. */
  private void run(String operation, Runnable action) {
    deadline.run(
        operation,
        0,
        () ->
            JavaSdkFailures.translate(
                () -> {
                  action.run();
                  return null;
                }));
  }

  private MQProducer producer(PublishCommand command) {
    return command.instanceId().isEmpty()
        ? connected(0).getProducer(command.topic())
        : connected(0).getProducer(command.instanceId(), command.topic());
  }

  private MQConsumer consumer(ConsumeCommand command, int waitSeconds) {
    return command.instanceId().isEmpty()
        ? connected(waitSeconds).getConsumer(command.topic(), command.group(), command.tag())
        : connected(waitSeconds)
            .getConsumer(command.instanceId(), command.topic(), command.group(), command.tag());
  }

  private MQTransProducer transProducer(
      String instanceId, String topic, String group, int waitSeconds) {
    return instanceId.isEmpty()
        ? connected(waitSeconds).getTransProducer(topic, group)
        : connected(waitSeconds).getTransProducer(instanceId, topic, group);
  }

  /**
   * The SDK client whose socket timeout is the client deadline of a call waiting {@code
   * waitSeconds}.
   */
  private synchronized MQClient connected(int waitSeconds) {
    Endpoint e = Objects.requireNonNull(endpoint, "connect(Endpoint) first");
    long socketTimeout = deadline.timeouts().clientDeadline(waitSeconds).toMillis();
    return clients.computeIfAbsent(
        socketTimeout,
        millis -> {
          ClientConfiguration configuration = new ClientConfiguration();
          configuration.setSocketTimeout((int) (long) millis);
          return e.securityToken() == null
              ? new MQClient(e.url(), e.accessKeyId(), e.accessKeySecret(), configuration)
              : new MQClient(
                  e.url(), e.accessKeyId(), e.accessKeySecret(), e.securityToken(), configuration);
        });
  }

  private void closeClients() {
    clients.values().forEach(MQClient::close);
    clients.clear();
  }
}
