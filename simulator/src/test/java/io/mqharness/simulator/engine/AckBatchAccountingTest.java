package io.mqharness.simulator.engine;

import static io.mqharness.simulator.engine.TestBroker.TOPIC;
import static io.mqharness.simulator.engine.TestBroker.bodies;
import static io.mqharness.simulator.engine.TestBroker.half;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.HandleError;
import io.mqharness.simulator.engine.AckOutcome.AllAcked;
import io.mqharness.simulator.engine.AckOutcome.PartiallyFailed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch of ack, commit or rollback never drops an entry: every valid handle is applied, every
 * other entry is listed with ReceiptHandleError and the handle as sent, in request order (SPEC
 * §4.5, §7.3).
 */
class AckBatchAccountingTest {
  private final TestBroker broker = new TestBroker();

  @Test
  void anEmptyHandleBetweenValidOnesIsListedAndTheValidOnesAreAcked() {
    // given
    broker.publish("m0");
    broker.publish("m1");
    List<ConsumedMessage> got = broker.consume("GID_A");
    // when
    AckOutcome outcome =
        broker.ack("GID_A", got.get(0).receiptHandle(), "", got.get(1).receiptHandle());
    // then
    assertListed(outcome, "");
    assertThat(failures(outcome).get(0).errorMessage()).contains("empty");
    broker.advanceSeconds(600);
    assertThat(broker.consume("GID_A")).isEmpty();
  }

  @Test
  void everyKindOfBadEntryIsListedInRequestOrder() {
    // given: a used handle, an expired one, and a valid one
    broker.publish("used");
    String used = broker.consume("GID_A").get(0).receiptHandle();
    broker.ack("GID_A", used);
    broker.publish("expires");
    String expired = broker.consume("GID_A").get(0).receiptHandle();
    broker.advanceSeconds(300);
    String redelivered = broker.consume("GID_A").get(0).receiptHandle();
    String unknown = redelivered.substring(0, 10) + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    // when
    AckOutcome outcome =
        broker.ack("GID_A", "not a handle", used, "", expired, unknown, redelivered);
    // then: five entries listed, the valid one applied
    assertListed(outcome, "not a handle", used, "", expired, unknown);
    broker.advanceSeconds(600);
    assertThat(broker.consume("GID_A")).isEmpty();
  }

  @Test
  void aRepeatedHandleIsAppliedOnceAndTheRepeatIsListed() {
    // given
    broker.publish("hello");
    String handle = broker.consume("GID_A").get(0).receiptHandle();
    // when
    AckOutcome outcome = broker.ack("GID_A", handle, handle);
    // then
    assertListed(outcome, handle);
    assertThat(failures(outcome).get(0).errorMessage())
        .contains("appears earlier in the same request");
    broker.advanceSeconds(600);
    assertThat(broker.consume("GID_A")).isEmpty();
  }

  @Test
  void aRepeatedBadHandleIsListedForEachOccurrence() {
    assertListed(broker.ack("GID_A", "RH-BAD", "RH-BAD"), "RH-BAD", "RH-BAD");
  }

  @Test
  void aCommitBatchWithAnEmptyHandleCommitsTheValidOneAndListsTheEmptyOne() {
    // given
    String h0 = broker.publish(half("h0", 10)).response().receiptHandle();
    broker.consume("GID_C");
    // when
    AckOutcome outcome = decide(AckMode.COMMIT, "", h0);
    // then
    assertListed(outcome, "");
    assertThat(bodies(broker.consume("GID_C"))).containsExactly("h0");
  }

  @Test
  void aRollbackBatchWithAnEmptyHandleRollsBackTheValidOneAndListsTheEmptyOne() {
    // given
    String h0 = broker.publish(half("h0", 10)).response().receiptHandle();
    broker.consume("GID_C");
    // when
    AckOutcome outcome = decide(AckMode.ROLLBACK, h0, "");
    // then
    assertListed(outcome, "");
    broker.advanceSeconds(60);
    assertThat(broker.pop("GID_T", 16)).isEmpty();
    assertThat(broker.consume("GID_C")).isEmpty();
  }

  @Test
  void sixteenHandlesAreOneBatchAndSeventeenAreRefusedWithNoneApplied() {
    // given
    for (int i = 0; i < 17; i++) {
      broker.publish("m" + i);
    }
    List<String> handles = new ArrayList<>();
    handles.addAll(
        broker.consume("GID_A", 16).stream().map(ConsumedMessage::receiptHandle).toList());
    handles.addAll(
        broker.consume("GID_A", 16).stream().map(ConsumedMessage::receiptHandle).toList());
    // when
    AckOutcome seventeen = broker.ack("GID_A", handles.toArray(String[]::new));
    // then
    assertThat(seventeen)
        .isInstanceOfSatisfying(
            Rejected.class,
            r -> {
              assertThat(r.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
              assertThat(r.message()).contains("between 1 and 16", "17");
            });
    assertThat(broker.ack("GID_A", handles.subList(0, 16).toArray(String[]::new)))
        .isEqualTo(AllAcked.INSTANCE);
    broker.advanceSeconds(300);
    assertThat(bodies(broker.consume("GID_A"))).containsExactly("m16");
  }

  private AckOutcome decide(AckMode mode, String... handles) {
    return broker.engine.ack(new AckRequest(TOPIC, "GID_T", List.of(handles), mode));
  }

  private static List<HandleError> failures(AckOutcome outcome) {
    assertThat(outcome).isInstanceOf(PartiallyFailed.class);
    return ((PartiallyFailed) outcome).failures();
  }

  private static void assertListed(AckOutcome outcome, String... handles) {
    assertThat(failures(outcome)).extracting(HandleError::receiptHandle).containsExactly(handles);
    assertThat(failures(outcome))
        .extracting(HandleError::errorCode)
        .containsOnly(ErrorCode.RECEIPT_HANDLE_ERROR.wireCode());
  }
}
