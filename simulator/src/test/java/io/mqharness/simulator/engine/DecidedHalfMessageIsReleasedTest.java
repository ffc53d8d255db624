package io.mqharness.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/**
 * A half message that is rolled back (or given up) is gone from memory once its check immunity (at
 * most 300 s) has passed, not when its give-up deadline, a day later (SPEC §9 Q8), comes round: the
 * engine keeps one give-up deadline per topic, on its oldest undecided message, instead of an
 * agenda entry per message that holds the message until it runs.
 */
class DecidedHalfMessageIsReleasedTest {
  private final TestBroker broker = new TestBroker();

  @Test
  void aRolledBackHalfMessageIsNoLongerHeld() {
    // given an undecided half message, whose body the engine holds
    WeakReference<String> body = new WeakReference<>(publishHalfWithBodyOnlyTheEngineHolds());
    String handle = broker.publish(TestBroker.half("witness", 10)).response().receiptHandle();
    collectGarbage(body);
    assertThat(body.get()).as("the engine holds an undecided half message").isNotNull();
    // when the witness and the first are rolled back
    broker.rollback("GID_P", handle);
    broker.rollback("GID_P", firstHandle);
    broker.advanceSeconds(
        11); // past the check immunity, whose own deadline holds a message for up to 300 s
    // then
    collectGarbage(body);
    assertThat(body.get())
        .as("a rolled-back half message is released before its give-up deadline")
        .isNull();
  }

  @Test
  void theGiveUpStillComesForEveryUndecidedMessageInTurn() {
    // given three half messages published an hour apart, the middle one rolled back
    broker.publish(TestBroker.half("first", 10));
    broker.advanceSeconds(3_600);
    String middle = broker.publish(TestBroker.half("middle", 10)).response().receiptHandle();
    assertThat(broker.rollback("GID_P", middle)).isInstanceOf(AckOutcome.AllAcked.class);
    broker.advanceSeconds(3_600);
    broker.publish(TestBroker.half("last", 10));
    long rolledBackBefore = broker.engine.counters().rolledBack();
    // when a day passes after the first, then after the last
    broker.advanceSeconds(86_400 - 7_200);
    long afterFirst = broker.engine.counters().rolledBack() - rolledBackBefore;
    broker.advanceSeconds(7_200);
    long afterLast = broker.engine.counters().rolledBack() - rolledBackBefore;
    // then each is given up at its own age, and none is ever offered to a consumer
    assertThat(afterFirst).isEqualTo(1);
    assertThat(afterLast).isEqualTo(2);
    assertThat(broker.consume("GID_A")).isEmpty();
  }

  private String firstHandle;

  private String publishHalfWithBodyOnlyTheEngineHolds() {
    String body = new String("a body only the engine holds".toCharArray());
    firstHandle = broker.publish(TestBroker.half(body, 10)).response().receiptHandle();
    return body;
  }

  private static void collectGarbage(WeakReference<?> ref) {
    for (int i = 0; i < 5 && ref.get() != null; i++) {
      System.gc();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
