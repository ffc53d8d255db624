package io.mqharness.simulator.engine;

import static io.mqharness.simulator.engine.TestBroker.bodies;
import static io.mqharness.simulator.engine.TestBroker.sharded;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.model.ConsumedMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Orderly consume (trans=order): partitions by __SHARDINGKEY, held until acked (SPEC §6.3). */
class OrderedConsumeTest {
  private final TestBroker broker = new TestBroker();

  @Test
  void aPartitionGivesItsNextMessageOnlyAfterTheDeliveredOnesAreAcked() {
    // given
    broker.publish(sharded("k1-0", "k1"));
    broker.publish(sharded("k1-1", "k1"));
    List<ConsumedMessage> first = broker.consumeOrdered("GID_A", 1);
    // when / then
    assertThat(bodies(first)).containsExactly("k1-0");
    assertThat(broker.consumeOrdered("GID_A", 16)).isEmpty();
    broker.ack("GID_A", first);
    assertThat(bodies(broker.consumeOrdered("GID_A", 16))).containsExactly("k1-1");
  }

  @Test
  void oneAnswerMayHoldSeveralPartitionsEachBatchTogetherAndInOrder() {
    // given
    broker.publish(sharded("k1-0", "k1"));
    broker.publish(sharded("k2-0", "k2"));
    broker.publish(sharded("k1-1", "k1"));
    broker.publish(sharded("k2-1", "k2"));
    // when
    List<ConsumedMessage> batch = broker.consumeOrdered("GID_A", 16);
    // then
    assertThat(bodies(batch)).containsExactly("k1-0", "k1-1", "k2-0", "k2-1");
  }

  @Test
  void messagesWithoutShardingKeyFormOneGlobalPartition() {
    // given
    broker.publish("g0");
    broker.publish("g1");
    broker.publish(sharded("k1-0", "k1"));
    List<ConsumedMessage> first = broker.consumeOrdered("GID_A", 1);
    // when
    List<ConsumedMessage> next = broker.consumeOrdered("GID_A", 16);
    // then: the global partition waits for g0, k1 does not
    assertThat(bodies(first)).containsExactly("g0");
    assertThat(bodies(next)).containsExactly("k1-0");
  }

  @Test
  void unackedMessagesComeBackAfterSixtySecondsBeforeAnythingLaterInThePartition() {
    // given
    broker.publish(sharded("k1-0", "k1"));
    broker.publish(sharded("k1-1", "k1"));
    ConsumedMessage first = broker.consumeOrdered("GID_A", 1).get(0);
    assertThat(first.nextConsumeTime()).isEqualTo(TestBroker.T0 + 60_000);
    // when
    broker.advance(Duration.ofSeconds(60).minusMillis(1));
    List<ConsumedMessage> early = broker.consumeOrdered("GID_A", 1);
    broker.advance(Duration.ofMillis(1));
    List<ConsumedMessage> again = broker.consumeOrdered("GID_A", 1);
    // then
    assertThat(early).isEmpty();
    assertThat(bodies(again)).containsExactly("k1-0");
    assertThat(again.get(0).consumedTimes()).isEqualTo(2);
  }

  @Test
  void aPartlyAckedBatchStillHoldsThePartition() {
    // given
    broker.publish(sharded("k1-0", "k1"));
    broker.publish(sharded("k1-1", "k1"));
    broker.publish(sharded("k1-2", "k1"));
    List<ConsumedMessage> batch = broker.consumeOrdered("GID_A", 2);
    // when
    broker.ack("GID_A", batch.get(0).receiptHandle());
    // then
    assertThat(broker.consumeOrdered("GID_A", 16)).isEmpty();
    broker.ack("GID_A", batch.get(1).receiptHandle());
    assertThat(bodies(broker.consumeOrdered("GID_A", 16))).containsExactly("k1-2");
  }
}
