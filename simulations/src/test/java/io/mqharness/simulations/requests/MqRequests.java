package io.mqharness.simulations.requests;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulations.signing.MqSignature;
import java.util.List;

/**
 * The protocol's requests as Gatling actions (SPEC §4), each signed per request. Session keys: a publish sends
 * {@code publishBytes}, checks its answer's MD5 against {@code bodyMd5} and saves {@code published}; a consume saves
 * {@code messages}; an ack sends the handles in {@code handles}.
 */
public final class MqRequests {
  private final HarnessSettings settings;
  private final MqSignature signature;
  private final String path;

  public MqRequests(HarnessSettings settings, MqSignature signature) {
    this.settings = settings;
    this.signature = signature;
    this.path = "/topics/" + settings.topic() + "/messages";
  }

  /**
   * Warm-up off: Gatling's default warm-up calls a site outside the target. Connections are shared like an SDK's
   * keep-alive pool, rather than one per virtual user, which would measure connection set-up instead.
   */
  public static HttpProtocolBuilder protocol(String baseUrl) {
    return http.baseUrl(baseUrl).disableWarmUp().disableCaching().shareConnections()
        .userAgentHeader("mq-http-harness-gatling");
  }

  public HttpRequestActionBuilder publish(String name) {
    return http(name).post(path + "?ns=" + settings.instanceId())
        .header("Content-Type", ProtocolBodies.CONTENT_TYPE)
        .body(ByteArrayBody(session -> session.<byte[]>get("publishBytes")))
        .sign(signature)
        .check(status().is(201),
            bodyBytes().transformWithSession((answer, session) ->
                ProtocolBodies.checkedPublishAnswer(answer, session.getString("bodyMd5"))).saveAs("published"));
  }

  /** {@code trans} is null for a plain consume, {@code pop} for half messages (SPEC §6.5 rule 5). */
  public HttpRequestActionBuilder consume(String name, String trans) {
    String query = "?consumer=" + settings.group() + "&numOfMessages=" + settings.batchSize() + "&ns="
        + settings.instanceId() + "&waitseconds=" + settings.waitSeconds() + (trans == null ? "" : "&trans=" + trans);
    return http(name).get(path + query)
        .sign(signature)
        .check(status().in(200, 404),
            bodyBytes().transform(ProtocolBodies::consumeAnswer).saveAs("messages"));
  }

  /** Ack ({@code trans} null), commit or rollback the receipt handles in the session under {@code handlesKey}. */
  public HttpRequestActionBuilder delete(String name, String trans, String handlesKey) {
    String query = "?consumer=" + settings.group() + "&ns=" + settings.instanceId() + (trans == null ? "" : "&trans=" + trans);
    return http(name).delete(path + query)
        .header("Content-Type", ProtocolBodies.CONTENT_TYPE)
        .body(ByteArrayBody(session -> ProtocolBodies.receiptHandles(session.<List<String>>get(handlesKey))))
        .sign(signature)
        .check(status().is(204));
  }

  public static List<String> handles(List<ConsumedMessage> messages) {
    return messages.stream().map(ConsumedMessage::receiptHandle).toList();
  }
}
