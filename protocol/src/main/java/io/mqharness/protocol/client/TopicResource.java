package io.mqharness.protocol.client;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.model.ReceiptHandles;
import io.mqharness.protocol.sign.ContentDigest;
import io.mqharness.protocol.xml.ProtocolXml;
import java.time.Duration;
import java.util.List;

/**
 * The three requests on {@code /topics/{topic}/messages} (SPEC §1), with the Python SDK's query
 * order (SPEC §2.2). Names are inserted verbatim, as every SDK does; only the tag is
 * percent-encoded.
 */
final class TopicResource {
  private final SignedTransport transport;
  private final String instanceId;
  private final String path;
  private final ClientLimits limits;

  TopicResource(SignedTransport transport, String instanceId, String topic) {
    this.transport = transport;
    this.instanceId = instanceId;
    this.path = "/topics/" + topic + "/messages";
    this.limits = new ClientLimits(transport.options());
  }

  PublishResponse publish(TopicMessage message) {
    limits.publish(message, transport.options().clock().millis());
    String resource = path + new QueryStringBuilder().add("ns", instanceId);
    byte[] body = ProtocolXml.writePublishRequest(message.toRequest());
    HttpAnswer answer =
        transport.send("POST", resource, body, transport.options().requestTimeout());
    return ServiceAnswers.publish(answer, ContentDigest.messageBodyMd5(message.body()));
  }

  /**
   * A 404 {@code MessageNotExist} is an empty list; {@code waitSeconds < 0} omits {@code
   * waitseconds}.
   */
  List<ConsumedMessage> consume(
      String groupId, int numOfMessages, int waitSeconds, String tag, String trans) {
    limits.consume(numOfMessages, waitSeconds);
    String resource =
        path
            + new QueryStringBuilder()
                .add("consumer", groupId)
                .add("numOfMessages", numOfMessages)
                .add("ns", instanceId)
                .add("waitseconds", waitSeconds < 0 ? null : waitSeconds)
                .addEncoded("tag", tag)
                .add("trans", trans);
    Duration timeout =
        Duration.ofSeconds(Math.max(waitSeconds, 0)).plus(transport.options().longPollMargin());
    return ServiceAnswers.consume(transport.send("GET", resource, null, timeout));
  }

  /**
   * Ack ({@code trans} null), commit or rollback. A {@code <Errors>} answer throws {@link
   * AckFailedException}.
   */
  void delete(String groupId, List<String> handles, String trans) {
    limits.delete(handles);
    String resource =
        path
            + new QueryStringBuilder()
                .add("consumer", groupId)
                .add("ns", instanceId)
                .add("trans", trans);
    byte[] body = ProtocolXml.writeReceiptHandles(new ReceiptHandles(handles));
    HttpAnswer answer =
        transport.send("DELETE", resource, body, transport.options().requestTimeout());
    ServiceAnswers.delete(answer, trans == null ? "ack" : trans);
  }
}
