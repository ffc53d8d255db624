package io.mqharness.conformance.adapter.javasdk;

import com.aliyun.mq.http.model.Message;
import com.aliyun.mq.http.model.TopicMessage;
import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.PublishCommand;
import io.mqharness.conformance.adapter.ReceivedMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Neutral commands to Java SDK messages and back. */
final class JavaSdkMessages {
  private JavaSdkMessages() {}

  static TopicMessage toTopicMessage(PublishCommand command) {
    TopicMessage message =
        new TopicMessage(command.body().getBytes(StandardCharsets.UTF_8), command.tag());
    message.getProperties().putAll(command.properties());
    if (command.messageKey() != null) {
      message.setMessageKey(command.messageKey());
    }
    if (command.shardingKey() != null) {
      message.setShardingKey(command.shardingKey());
    }
    if (command.startDeliverTime() != null) {
      message.setStartDeliverTime(command.startDeliverTime());
    }
    if (command.transCheckImmunitySeconds() != null) {
      message.setTransCheckImmunityTime(command.transCheckImmunitySeconds());
    }
    return message;
  }

  /** {@code null} is how the SDK says MessageNotExist (SPEC §7.4): no message. */
  static List<ReceivedMessage> toReceived(List<Message> messages) {
    if (messages == null) {
      return List.of();
    }
    return messages.stream().map(JavaSdkMessages::toReceived).toList();
  }

  private static ReceivedMessage toReceived(Message m) {
    if (m.isErrorMessage()) {
      var error = m.getErrorMessage();
      throw new ClientFailure(
          ClientFailure.Kind.SERVICE,
          error.getErrorCode(),
          "the answer listed an error entry: " + error.getErrorMessage(),
          m.getRequestId(),
          null);
    }
    return new ReceivedMessage(
        m.getMessageId(),
        m.getReceiptHandle(),
        m.getMessageBodyString(),
        m.getMessageBodyMD5(),
        m.getMessageTag(),
        m.getProperties(),
        m.getPublishTime(),
        m.getNextConsumeTime(),
        m.getFirstConsumeTime(),
        m.getConsumedTimes() == null ? 0 : m.getConsumedTimes());
  }
}
