package io.mqharness.simulations.requests;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulations.signing.BudgetedSigning;
import io.mqharness.simulations.signing.MqSignature;
import java.time.Duration;
import java.util.List;

/**
 * The protocol's requests as Gatling actions (SPEC §2, §4), each signed per request (SPEC §3).
 * Session keys: a publish sends {@code publishBytes}, checks its answer's MD5 against {@code
 * bodyMd5} and saves {@code published}; a consume saves {@code messages}; an ack sends the handles
 * in {@code handles}.
 */
public final class MqRequests {
  private final HarnessSettings settings;
  private final BudgetedSigning signature;
  private final String path;
  private final Duration timeout;

  public MqRequests(HarnessSettings settings, BudgetedSigning signature) {
    this(settings, signature, settings.topic(), GATLING_DEFAULT_TIMEOUT);
  }

  private MqRequests(
      HarnessSettings settings, BudgetedSigning signature, String topic, Duration timeout) {
    this.settings = settings;
    this.signature = signature;
    this.path = "/topics/" + topic + "/messages";
    this.timeout = timeout;
  }

  /** Gatling's own request timeout ({@code gatling.http.requestTimeout}). */
  public static final Duration GATLING_DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /**
   * These requests with {@code timeout} as each one's request timeout: no answer by then is a KO.
   */
  public MqRequests withRequestTimeout(Duration timeout) {
    return new MqRequests(settings, signature, pathTopic(), timeout);
  }

  /** These requests on {@code topic} instead (same instance, group, signature and timeout). */
  public MqRequests onTopic(String topic) {
    return new MqRequests(settings, signature, topic, timeout);
  }

  /**
   * These requests signed by {@code other} instead (a wrong key, for requests the service must
   * refuse), spending the same budget.
   */
  public MqRequests signedBy(MqSignature other) {
    return new MqRequests(settings, signature.with(other), pathTopic(), timeout);
  }

  private String pathTopic() {
    return path.substring("/topics/".length(), path.length() - "/messages".length());
  }

  public HttpRequestActionBuilder publish(String name) {
    return publishPost(name)
        .check(
            status().is(201),
            bodyBytes()
                .transformWithSession(
                    (answer, session) ->
                        ProtocolBodies.checkedPublishAnswer(answer, session.getString("bodyMd5")))
                .saveAs("published"));
  }

  /**
   * A long-polling consume of the normal stream (SPEC §2.6, §6.1); saves the batch under {@code
   * messages}.
   */
  public HttpRequestActionBuilder consume(String name) {
    return consume(name, null);
  }

  /**
   * A consume of the ordered stream, {@code trans=order} (SPEC §6.3); saves the batch under {@code
   * messages}.
   */
  public HttpRequestActionBuilder consumeOrdered(String name) {
    return consume(name, "order");
  }

  /** A pop of half messages past their check immunity, {@code trans=pop} (SPEC §6.5 rule 5). */
  public HttpRequestActionBuilder pop(String name) {
    return consume(name, "pop");
  }

  private HttpRequestActionBuilder consume(String name, String trans) {
    String query =
        "?consumer="
            + settings.group()
            + "&numOfMessages="
            + settings.batchSize()
            + "&ns="
            + settings.instanceId()
            + "&waitseconds="
            + settings.waitSeconds()
            + (trans == null ? "" : "&trans=" + trans);
    return http(name)
        .get(path + query)
        .sign(signature)
        .requestTimeout(timeout)
        .check(
            status().in(200, 404),
            bodyBytes().transform(ProtocolBodies::consumeAnswer).saveAs("messages"));
  }

  /**
   * An ack of the receipt handles in the session under {@code handlesKey} (SPEC §4.5, §6.1): 204.
   */
  public HttpRequestActionBuilder ack(String name, String handlesKey) {
    return delete(name, null, handlesKey);
  }

  /**
   * A commit of the half messages whose handles are under {@code handlesKey} (SPEC §6.5 rules 3 and
   * 6): 204.
   */
  public HttpRequestActionBuilder commit(String name, String handlesKey) {
    return delete(name, "commit", handlesKey);
  }

  /**
   * A rollback of the half messages whose handles are under {@code handlesKey} (SPEC §6.5 rules 3
   * and 6): 204.
   */
  public HttpRequestActionBuilder rollback(String name, String handlesKey) {
    return delete(name, "rollback", handlesKey);
  }

  /**
   * A commit or a rollback, whichever the Gatling expression {@code decision} gives for the session
   * ({@code #{decision}} reads {@code commit} or {@code rollback} from it), of the handles under
   * {@code handlesKey}.
   */
  public HttpRequestActionBuilder decide(String name, String decision, String handlesKey) {
    return delete(name, decision, handlesKey);
  }

  private HttpRequestActionBuilder delete(String name, String trans, String handlesKey) {
    return handlesDelete(name, trans, handlesKey).check(status().is(204));
  }

  /**
   * The signed {@code DELETE} of the handles under {@code handlesKey}: an ack, or with {@code
   * trans} ({@code commit} or {@code rollback}, or a Gatling expression giving one; null for an
   * ack) a transaction's end (SPEC §6.5), without checks.
   */
  private HttpRequestActionBuilder handlesDelete(String name, String trans, String handlesKey) {
    String query =
        "?consumer="
            + settings.group()
            + "&ns="
            + settings.instanceId()
            + (trans == null ? "" : "&trans=" + trans);
    return http(name)
        .delete(path + query)
        .header("Content-Type", ProtocolBodies.CONTENT_TYPE)
        .body(
            ByteArrayBody(
                session -> ProtocolBodies.receiptHandles(session.<List<String>>get(handlesKey))))
        .sign(signature)
        .requestTimeout(timeout);
  }

  /**
   * A publish the service must refuse whole with {@code status} and the error {@code code} (SPEC
   * §7.1, §7.2), e.g. one signed with a wrong secret: 403 {@code SignatureDoesNotMatch}.
   */
  public HttpRequestActionBuilder refusedPublish(String name, int status, String code) {
    return publishPost(name)
        .check(
            status().is(status),
            bodyString().transform(answer -> ProtocolBodies.errorCode(answer)).is(code));
  }

  /**
   * An ack whose every handle is refused (SPEC §7.3): 404 with {@code <Errors>} naming {@code
   * ReceiptHandleError} for each, as for a handle that is no handle at all.
   */
  public HttpRequestActionBuilder refusedAck(String name, String handlesKey) {
    return handlesDelete(name, null, handlesKey)
        .check(
            status().is(404),
            bodyString()
                .transform(answer -> answer.contains("<ErrorCode>ReceiptHandleError</ErrorCode>"))
                .is(true));
  }

  /** The signed publish of the session's {@code publishBytes} (SPEC §4.2), without checks. */
  private HttpRequestActionBuilder publishPost(String name) {
    return http(name)
        .post(path + "?ns=" + settings.instanceId())
        .header("Content-Type", ProtocolBodies.CONTENT_TYPE)
        .body(ByteArrayBody(session -> session.<byte[]>get("publishBytes")))
        .sign(signature)
        .requestTimeout(timeout);
  }

  public static List<String> handles(List<ConsumedMessage> messages) {
    return messages.stream().map(ConsumedMessage::receiptHandle).toList();
  }
}
