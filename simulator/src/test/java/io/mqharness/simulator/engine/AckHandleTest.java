package io.mqharness.simulator.engine;

import static io.mqharness.simulator.engine.TestBroker.bodies;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.HandleError;
import io.mqharness.simulator.engine.AckOutcome.AllAcked;
import io.mqharness.simulator.engine.AckOutcome.PartiallyFailed;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ack: only the latest handle, while valid, in its own group and topic (SPEC §6.1, §7.3, §9 Q15).
 */
class AckHandleTest {
  private final TestBroker broker = new TestBroker();

  @Test
  void receiptHandlesAreOpaqueUrlSafeAndShort() {
    // given
    broker.publish("hello");
    // when
    String handle = broker.consume("GID_A").get(0).receiptHandle();
    // then
    assertThat(handle).matches("[A-Za-z0-9_-]{1,128}");
  }

  @Test
  void anAckedMessageNeverComesBack() {
    // given
    broker.publish("hello");
    ConsumedMessage delivery = broker.consume("GID_A").get(0);
    // when
    AckOutcome outcome = broker.ack("GID_A", delivery.receiptHandle());
    broker.advance(Duration.ofHours(1));
    // then
    assertThat(outcome).isEqualTo(AllAcked.INSTANCE);
    assertThat(broker.consume("GID_A")).isEmpty();
  }

  @Test
  void ackingTwiceFailsTheSecondTime() {
    // given
    broker.publish("hello");
    String handle = broker.consume("GID_A").get(0).receiptHandle();
    broker.ack("GID_A", handle);
    // when
    AckOutcome again = broker.ack("GID_A", handle);
    // then
    assertFailed(again, handle);
  }

  @Test
  void anOlderHandleFailsAfterARedelivery() {
    // given
    broker.publish("hello");
    String old = broker.consume("GID_A").get(0).receiptHandle();
    broker.advanceSeconds(300);
    String current = broker.consume("GID_A").get(0).receiptHandle();
    // when / then
    assertFailed(broker.ack("GID_A", old), old);
    assertThat(broker.ack("GID_A", current)).isEqualTo(AllAcked.INSTANCE);
  }

  @Test
  void anExpiredHandleFailsEvenBeforeTheMessageIsDeliveredAgain() {
    // given
    broker.publish("hello");
    String handle = broker.consume("GID_A").get(0).receiptHandle();
    // when
    broker.advanceSeconds(300);
    // then: now == NextConsumeTime, so the handle is no longer valid
    assertFailed(broker.ack("GID_A", handle), handle);
    assertThat(broker.consume("GID_A"))
        .extracting(ConsumedMessage::consumedTimes)
        .containsExactly(2);
  }

  @Test
  void aHandleOfAnotherGroupOrTopicFails() {
    // given
    broker.publish("hello");
    String handleOfA = broker.consume("GID_A").get(0).receiptHandle();
    broker.consume("GID_B");
    // when
    AckOutcome otherGroup = broker.ack("GID_B", handleOfA);
    AckOutcome otherTopic =
        broker.engine.ack(
            new AckRequest(
                new TopicRef("MQ_INST_1", "other"), "GID_A", List.of(handleOfA), AckMode.ACK));
    AckOutcome otherInstance =
        broker.engine.ack(
            new AckRequest(new TopicRef("", "orders"), "GID_A", List.of(handleOfA), AckMode.ACK));
    // then
    assertFailed(otherGroup, handleOfA);
    assertFailed(otherTopic, handleOfA);
    assertFailed(otherInstance, handleOfA);
    assertThat(broker.ack("GID_A", handleOfA)).isEqualTo(AllAcked.INSTANCE);
  }

  @Test
  void garbageHandlesFail() {
    for (String garbage :
        List.of("RH-BAD", "", "x".repeat(39), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "<&>")) {
      assertFailed(broker.ack("GID_A", garbage), garbage);
    }
  }

  @Test
  void aForgedHandleWithTheRightShapeFails() {
    // given
    broker.publish("hello");
    String handle = broker.consume("GID_A").get(0).receiptHandle();
    // when: change one character of the nonce part
    char last = handle.charAt(handle.length() - 1);
    String forged = handle.substring(0, handle.length() - 1) + (last == 'A' ? 'B' : 'A');
    // then
    assertFailed(broker.ack("GID_A", forged), forged);
  }

  @Test
  void aHandleSpelledDifferentlyInTheBitsBase64LeavesUnusedFails() {
    // given
    broker.publish("hello");
    String handle = broker.consume("GID_A").get(0).receiptHandle();
    // when: flip the lowest bit of the last character, which carries no data (29 bytes in 39
    // characters)
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int last = alphabet.indexOf(handle.charAt(handle.length() - 1));
    String forged = handle.substring(0, handle.length() - 1) + alphabet.charAt(last ^ 1);
    // then
    assertFailed(broker.ack("GID_A", forged), forged);
  }

  @Test
  void goodHandlesAreAppliedAndOnlyTheBadOnesAreListed() {
    // given
    broker.publish("m0");
    broker.publish("m1");
    List<ConsumedMessage> got = broker.consume("GID_A");
    // when
    AckOutcome outcome =
        broker.ack("GID_A", got.get(0).receiptHandle(), "RH-BAD", got.get(1).receiptHandle());
    // then
    assertThat(outcome)
        .isInstanceOfSatisfying(
            PartiallyFailed.class,
            p -> {
              assertThat(p.failures())
                  .extracting(HandleError::receiptHandle)
                  .containsExactly("RH-BAD");
              assertThat(p.failures())
                  .extracting(HandleError::errorCode)
                  .containsOnly(ErrorCode.RECEIPT_HANDLE_ERROR.wireCode());
            });
    broker.advanceSeconds(600);
    assertThat(broker.consume("GID_A")).isEmpty();
  }

  @Test
  void anEmptyHandleListIsMissingReceiptHandle() {
    assertThat(broker.ack("GID_A"))
        .isInstanceOfSatisfying(
            Rejected.class, r -> assertThat(r.code()).isEqualTo(ErrorCode.MISSING_RECEIPT_HANDLE));
  }

  @Test
  void ackingInOneGroupLeavesTheOtherGroupsDeliveryAlone() {
    // given
    broker.publish("hello");
    ConsumedMessage toA = broker.consume("GID_A").get(0);
    broker.consume("GID_B");
    // when
    broker.ack("GID_A", toA.receiptHandle());
    broker.advanceSeconds(300);
    // then
    assertThat(bodies(broker.consume("GID_B"))).containsExactly("hello");
    assertThat(broker.consume("GID_A")).isEmpty();
  }

  private static void assertFailed(AckOutcome outcome, String handle) {
    assertThat(outcome)
        .isInstanceOfSatisfying(
            PartiallyFailed.class,
            p -> {
              assertThat(p.failures()).hasSize(1);
              assertThat(p.failures().get(0).receiptHandle()).isEqualTo(handle);
              assertThat(p.failures().get(0).errorCode())
                  .isEqualTo(ErrorCode.RECEIPT_HANDLE_ERROR.wireCode());
              assertThat(p.failures().get(0).errorMessage()).isNotBlank();
            });
  }
}
