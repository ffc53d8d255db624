package io.mqharness.conformance.adapter.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mqharness.conformance.adapter.AckCommand;
import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.ClientFailure.Kind;
import io.mqharness.conformance.adapter.ConsumeCommand;
import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.conformance.adapter.PublishCommand;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.simulator.junit.MqSimulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every bundled SDK driver must do against the simulator; one subclass per driver, skipped
 * where its SDK is missing.
 */
abstract class SdkDriverContract {
  static final String TOPIC = "T_DRIVER";
  static final String GROUP = "GID_DRIVER";

  @RegisterExtension static final MqSimulatorExtension mq = MqSimulatorExtension.withVirtualClock();

  DriverProcessAdapter client;

  abstract DriverProcessAdapter newClient();

  abstract String expectedName();

  /**
   * A bundled SDK that this machine does not have is skipped with the reason, never failed
   * (docs/conformance.md).
   */
  @BeforeEach
  void startAndConnect() {
    DriverClients.missing(expectedName())
        .ifPresent(reason -> Assumptions.abort(expectedName() + " is not here: " + reason));
    client = newClient();
    client.connect(endpoint(mq.accessKeyId(), mq.accessKeySecret()));
  }

  @AfterEach
  void shutDown() {
    if (client != null) {
      client.close();
    }
  }

  @Test
  void helloNamesTheClientAndItsCapabilities() {
    assertThat(client.name()).isEqualTo(expectedName());
    assertThat(client.capabilities()).containsExactlyInAnyOrder(Capability.values());
  }

  @Test
  void publishedMessageComesBackWithTagPropertiesAndKeyAndIsGoneAfterAck() {
    // given
    PublishResult sent =
        client.publish(
            PublishCommand.of("", TOPIC, "hello")
                .withTag("TagA")
                .withProperties(Map.of("color", "red"))
                .withMessageKey("order-1"));
    // when
    List<ReceivedMessage> got =
        client.consume(ConsumeCommand.of("", TOPIC, GROUP, 16, 1).withTag("TagA"));
    // then
    assertThat(sent.messageId()).isNotBlank();
    assertThat(sent.bodyMd5()).isEqualToIgnoringCase("5D41402ABC4B2A76B9719D911017C592");
    assertThat(sent.receiptHandle()).isNull();
    assertThat(got)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.messageId()).isEqualTo(sent.messageId());
              assertThat(m.body()).isEqualTo("hello");
              assertThat(m.tag()).isEqualTo("TagA");
              assertThat(m.property("color")).isEqualTo("red");
              assertThat(m.property("KEYS")).isEqualTo("order-1");
              assertThat(m.consumedTimes()).isEqualTo(1);
              assertThat(m.receiptHandle()).isNotBlank();
              assertThat(m.nextConsumeTime()).isGreaterThan(m.firstConsumeTime());
            });
    // and when
    client.ack(AckCommand.of("", TOPIC, GROUP, List.of(got.get(0).receiptHandle())));
    mq.clock().advance(Duration.ofMinutes(6));
    // then
    assertThat(client.consume(ConsumeCommand.of("", TOPIC, GROUP, 16, 0))).isEmpty();
  }

  @Test
  void consumeWithNothingToDeliverIsAnEmptyList() {
    assertThat(client.consume(ConsumeCommand.of("", TOPIC, GROUP, 16, 0))).isEmpty();
    assertThat(client.consume(ConsumeCommand.of("I1", TOPIC, GROUP, 1, 1))).isEmpty();
  }

  @Test
  void wrongSecretIsSignatureDoesNotMatchWithARequestId() {
    client.connect(endpoint(mq.accessKeyId(), "not-the-secret"));
    ClientFailure failure =
        catchThrowableOfType(
            ClientFailure.class, () -> client.publish(PublishCommand.of("", TOPIC, "x")));
    assertThat(failure.kind()).isEqualTo(Kind.SERVICE);
    assertThat(failure.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(failure.requestId()).isNotBlank();
  }

  @Test
  void unknownAccessKeyIsInvalidAccessKeyId() {
    client.connect(endpoint("nobody", "x"));
    ClientFailure failure =
        catchThrowableOfType(
            ClientFailure.class, () -> client.consume(ConsumeCommand.of("", TOPIC, GROUP, 1, 0)));
    assertThat(failure.kind()).isEqualTo(Kind.SERVICE);
    assertThat(failure.code()).isEqualTo("InvalidAccessKeyId");
    assertThat(failure.requestId()).isNotBlank();
  }

  @Test
  void unknownHandleInAckIsAHandleFailureAndTheGoodHandleIsStillAcked() {
    // given
    client.publish(PublishCommand.of("", TOPIC, "one"));
    String good = client.consume(ConsumeCommand.of("", TOPIC, GROUP, 1, 0)).get(0).receiptHandle();
    // when
    ClientFailure failure =
        catchThrowableOfType(
            ClientFailure.class,
            () -> client.ack(AckCommand.of("", TOPIC, GROUP, List.of(good, "NOT-A-HANDLE"))));
    // then
    assertThat(failure.kind()).isEqualTo(Kind.SERVICE);
    assertThat(failure.code()).isEqualTo("ReceiptHandleError");
    assertThat(failure.requestId()).isNotBlank();
    assertThat(failure.handleFailures())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.receiptHandle()).isEqualTo("NOT-A-HANDLE");
              assertThat(h.code()).isEqualTo("ReceiptHandleError");
            });
    mq.clock().advance(Duration.ofMinutes(6));
    assertThat(client.consume(ConsumeCommand.of("", TOPIC, GROUP, 16, 0))).isEmpty();
  }

  @Test
  void halfMessageCommittedWithItsPublishHandleIsDelivered() {
    // given
    PublishResult half =
        client.publish(PublishCommand.of("", TOPIC, "half").withTransCheckImmunitySeconds(10));
    assertThat(half.receiptHandle()).isNotBlank();
    assertThat(client.consume(ConsumeCommand.of("", TOPIC, GROUP, 16, 0))).isEmpty();
    // when
    client.commit(AckCommand.of("", TOPIC, GROUP, List.of(half.receiptHandle())));
    // then
    assertThat(client.consume(ConsumeCommand.of("", TOPIC, GROUP, 16, 0)))
        .extracting(ReceivedMessage::body)
        .containsExactly("half");
  }

  @Test
  void halfMessagePoppedAfterItsImmunityCanBeRolledBack() {
    // given
    client.publish(PublishCommand.of("", TOPIC, "undecided").withTransCheckImmunitySeconds(10));
    assertThat(client.consumeHalf(ConsumeCommand.of("", TOPIC, GROUP, 1, 0))).isEmpty();
    mq.clock().advance(Duration.ofSeconds(10));
    // when
    List<ReceivedMessage> popped = client.consumeHalf(ConsumeCommand.of("", TOPIC, GROUP, 1, 0));
    client.rollback(AckCommand.of("", TOPIC, GROUP, List.of(popped.get(0).receiptHandle())));
    // then
    assertThat(popped)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.body()).isEqualTo("undecided");
              assertThat(m.consumedTimes()).isEqualTo(1);
            });
    checkImmunityAsReported(popped.get(0));
    mq.clock().advance(Duration.ofSeconds(30));
    assertThat(client.consumeHalf(ConsumeCommand.of("", TOPIC, GROUP, 1, 0))).isEmpty();
    assertThat(client.consume(ConsumeCommand.of("", TOPIC, GROUP, 16, 0))).isEmpty();
  }

  /** How the SDK exposes {@code __TransCheckT=10} on a popped half message. */
  abstract void checkImmunityAsReported(ReceivedMessage popped);

  @Test
  void orderlyConsumeHoldsBackTheNextMessageOfAShardUntilAck() {
    // given
    client.publish(PublishCommand.of("", TOPIC, "first").withShardingKey("s1"));
    client.publish(PublishCommand.of("", TOPIC, "second").withShardingKey("s1"));
    ConsumeCommand orderly = ConsumeCommand.of("", TOPIC, GROUP, 1, 0).inOrder();
    // when
    List<ReceivedMessage> first = client.consume(orderly);
    List<ReceivedMessage> whileUnacked = client.consume(orderly);
    client.ack(AckCommand.of("", TOPIC, GROUP, List.of(first.get(0).receiptHandle())));
    List<ReceivedMessage> afterAck = client.consume(orderly);
    // then
    assertThat(first).extracting(ReceivedMessage::body).containsExactly("first");
    assertThat(first.get(0).property("__SHARDINGKEY")).isEqualTo("s1");
    assertThat(whileUnacked).isEmpty();
    assertThat(afterAck).extracting(ReceivedMessage::body).containsExactly("second");
  }

  @Test
  void commitWithTwoHandlesIsRefusedByTheDriver() {
    ClientFailure failure =
        catchThrowableOfType(
            ClientFailure.class,
            () -> client.commit(AckCommand.of("", TOPIC, GROUP, List.of("a", "b"))));
    assertThat(failure.kind()).isEqualTo(Kind.CLIENT);
    assertThat(failure.code()).isEqualTo("InvalidArgument");
  }

  private static Endpoint endpoint(String accessKeyId, String secret) {
    return new Endpoint(mq.baseUrl(), accessKeyId, secret, null);
  }
}
