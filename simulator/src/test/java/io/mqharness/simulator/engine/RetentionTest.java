package io.mqharness.simulator.engine;

import static io.mqharness.simulator.engine.TestBroker.bodies;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulator.engine.AckOutcome.AllAcked;
import io.mqharness.simulator.engine.AckOutcome.PartiallyFailed;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Retention by time (ENGINE.md "Retention", SPEC §9 Q1): every group gets every message until it
 * acks it or the message's retention ends, and a group first seen later reads from the oldest
 * retained message.
 */
class RetentionTest {
  private static final Duration RETENTION = Duration.ofHours(1);

  private final TestBroker broker =
      new TestBroker(EngineSettings.defaults().withRetention(RETENTION));

  @Test
  void aGroupFirstSeenAfterAnotherAckedReadsFromTheOldestRetainedMessage() {
    // given GID_A consumed and acked three messages
    broker.publish("m0");
    broker.publish("m1");
    broker.publish("m2");
    assertThat(broker.ack("GID_A", broker.consume("GID_A"))).isEqualTo(AllAcked.INSTANCE);
    // when GID_B consumes for the first time
    List<ConsumedMessage> toB = broker.consume("GID_B");
    // then it gets all three, each for the first time
    assertThat(bodies(toB)).containsExactly("m0", "m1", "m2");
    assertThat(toB).allSatisfy(d -> assertThat(d.consumedTimes()).isEqualTo(1));
  }

  @Test
  void anAckByOneGroupLeavesTheMessageForAnotherThatAlreadyConsumed() {
    // given both groups consumed the message
    broker.publish("shared");
    List<ConsumedMessage> toA = broker.consume("GID_A");
    broker.consume("GID_B");
    // when GID_A acks and GID_B's invisibility ends
    broker.ack("GID_A", toA);
    broker.advanceSeconds(300);
    // then GID_B gets it again, and GID_A never does
    assertThat(broker.consume("GID_B"))
        .singleElement()
        .satisfies(d -> assertThat(d.consumedTimes()).isEqualTo(2));
    assertThat(broker.consume("GID_A")).isEmpty();
  }

  @Test
  void aMessageIsRetainedUntilItsRetentionEndsThenLeavesEveryGroup() {
    // given a message GID_A holds unacked, published an hour minus 1 ms ago
    broker.publish("short-lived");
    List<ConsumedMessage> held = broker.consume("GID_A");
    broker.advance(RETENTION.minusMillis(1));
    assertThat(bodies(broker.consume("GID_EARLY"))).containsExactly("short-lived");
    // when its retention ends
    broker.advance(Duration.ofMillis(1));
    // then it is gone for every group, its handle no longer acks, and the expiry is counted
    assertThat(broker.consume("GID_LATE")).isEmpty();
    assertThat(broker.ack("GID_A", held)).isInstanceOf(PartiallyFailed.class);
    broker.advanceSeconds(300);
    assertThat(broker.consume("GID_A")).isEmpty();
    assertThat(broker.engine.counters().expired()).isEqualTo(1);
    assertThat(broker.engine.snapshot().storedMessages()).isZero();
  }

  @Test
  void anExpiredMessageNoLongerHoldsItsPartitionForOrderlyConsumers() {
    // given GID_A holds the first message of partition k1 in flight, and a second waits behind it
    broker.publish(TestBroker.sharded("first", "k1"));
    broker.advanceSeconds(600);
    broker.publish(TestBroker.sharded("second", "k1"));
    assertThat(bodies(broker.consumeOrdered("GID_A", 1))).containsExactly("first");
    broker.advance(RETENTION.minusSeconds(600).minusSeconds(30));
    broker.consumeOrdered("GID_A", 1);
    // when the first expires while still in flight (its 60 s invisibility started 30 s before)
    broker.advanceSeconds(30);
    // then the second is delivered at once
    assertThat(bodies(broker.consumeOrdered("GID_A", 1))).containsExactly("second");
  }

  @Test
  void messagesExpireOneByOneInTheOrderTheyWerePublished() {
    // given
    broker.publish("first");
    broker.advanceSeconds(600);
    broker.publish("second");
    // when
    broker.advance(RETENTION);
    // then
    assertThat(bodies(broker.consume("GID_A"))).isEmpty();
    assertThat(broker.engine.counters().expired()).isEqualTo(2);
    broker.publish("third");
    broker.advance(RETENTION.minusSeconds(1));
    assertThat(bodies(broker.consume("GID_B"))).containsExactly("third");
  }

  @Test
  void aTimerMessagesRetentionStartsWhenItFallsDue() {
    // given a timer message due in two hours, longer than the retention
    broker.publish(TestBroker.timer("later", broker.now() + Duration.ofHours(2).toMillis()));
    // when its time comes, and most of a retention after that
    broker.advance(Duration.ofHours(2));
    broker.advance(RETENTION.minusSeconds(1));
    // then it is still there, and expires at the end of its own retention
    assertThat(bodies(broker.consume("GID_A"))).containsExactly("later");
    broker.advanceSeconds(1);
    assertThat(broker.consume("GID_B")).isEmpty();
  }

  @Test
  void aCommittedMessagesRetentionStartsAtItsCommit() {
    // given a transactional message committed after a long check
    String handle = broker.publish(TestBroker.half("decided late", 10)).response().receiptHandle();
    broker.advanceSeconds(9);
    broker.commit("GID_P", handle);
    // when most of a retention has passed since the commit
    broker.advance(RETENTION.minusSeconds(1));
    // then every group still gets it
    assertThat(bodies(broker.consume("GID_A"))).containsExactly("decided late");
    broker.advanceSeconds(1);
    assertThat(broker.consume("GID_B")).isEmpty();
  }

  @Test
  void theDefaultRetentionIsThreeDays() {
    // given
    TestBroker defaults = new TestBroker();
    defaults.publish("kept");
    // when
    defaults.advance(Duration.ofDays(3).minusMillis(1));
    // then
    assertThat(bodies(defaults.consume("GID_A"))).containsExactly("kept");
    defaults.advance(Duration.ofMillis(1));
    assertThat(defaults.consume("GID_B")).isEmpty();
    assertThat(EngineSettings.defaults().retention()).isEqualTo(Duration.ofDays(3));
  }

  @Test
  void theTimeScaleShortensTheRetentionLikeTheOtherProtocolTimers() {
    // given
    TestBroker fast =
        new TestBroker(EngineSettings.defaults().withRetention(RETENTION).withTimeScale(10));
    fast.publish("fast");
    // when
    fast.advance(Duration.ofMinutes(6));
    // then
    assertThat(fast.consume("GID_A")).isEmpty();
  }
}
