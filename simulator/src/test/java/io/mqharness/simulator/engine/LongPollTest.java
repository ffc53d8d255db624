package io.mqharness.simulator.engine;

import static io.mqharness.simulator.engine.TestBroker.half;
import static io.mqharness.simulator.engine.TestBroker.sharded;
import static io.mqharness.simulator.engine.TestBroker.timer;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulator.engine.ConsumeOutcome.Delivered;
import io.mqharness.simulator.engine.ConsumeOutcome.NoMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Long polling on the engine's clock: what ends a wait, and who gets the message (SPEC §2.6, §9
 * Q13).
 */
class LongPollTest {
  private final TestBroker broker = new TestBroker();

  @Test
  void aWaitWithNothingToTakeEndsWithNoMessageWhenItsTimeIsUp() {
    // given
    CompletableFuture<ConsumeOutcome> poll = broker.longPoll("GID_A", ConsumeMode.NORMAL, 5);
    // when / then
    broker.advance(Duration.ofSeconds(5).minusMillis(1));
    assertThat(poll).isNotDone();
    broker.advance(Duration.ofMillis(1));
    assertThat(poll).isCompletedWithValue(NoMessage.INSTANCE);
    assertThat(broker.engine.counters().waitingConsumers()).isZero();
  }

  @Test
  void aPublishWakesAWaitingConsumerAtOnce() {
    // given
    CompletableFuture<ConsumeOutcome> poll = broker.longPoll("GID_A", ConsumeMode.NORMAL, 30);
    broker.advanceSeconds(2);
    // when
    broker.publish("hello");
    // then
    assertThat(poll)
        .isCompletedWithValueMatching(
            o -> TestBroker.bodies(((Delivered) o).messages()).equals(List.of("hello")));
  }

  @Test
  void aCommitWakesAWaitingConsumer() {
    // given
    String handle = broker.publish(half("h", 10)).response().receiptHandle();
    CompletableFuture<ConsumeOutcome> poll = broker.longPoll("GID_A", ConsumeMode.NORMAL, 30);
    // when
    broker.commit("GID_P", handle);
    // then
    assertThat(poll).isCompletedWithValueMatching(Delivered.class::isInstance);
  }

  @Test
  void theEndOfAnInvisibilityWakesAWaitingConsumer() {
    // given
    broker.publish("hello");
    broker.consume("GID_A");
    broker.advanceSeconds(290);
    CompletableFuture<ConsumeOutcome> poll = broker.longPoll("GID_A", ConsumeMode.NORMAL, 30);
    // when
    broker.advanceSeconds(10);
    // then
    assertThat(poll)
        .isCompletedWithValueMatching(o -> ((Delivered) o).messages().get(0).consumedTimes() == 2);
  }

  @Test
  void aTimerMessagesTimeWakesAWaitingConsumer() {
    // given
    broker.publish(timer("later", TestBroker.T0 + 4_000));
    CompletableFuture<ConsumeOutcome> poll = broker.longPoll("GID_A", ConsumeMode.NORMAL, 30);
    // when
    broker.advanceSeconds(4);
    // then
    assertThat(poll).isCompletedWithValueMatching(Delivered.class::isInstance);
    assertThat(broker.now()).isEqualTo(TestBroker.T0 + 4_000);
  }

  @Test
  void theEndOfACheckImmunityAndOfARecheckWindowWakeAWaitingHalfPop() {
    // given
    broker.publish(half("h", 10));
    broker.advanceSeconds(8);
    CompletableFuture<ConsumeOutcome> first = broker.longPoll("GID_P", ConsumeMode.HALF, 3);
    // when
    broker.advanceSeconds(2);
    CompletableFuture<ConsumeOutcome> second = broker.longPoll("GID_P", ConsumeMode.HALF, 30);
    broker.advanceSeconds(10);
    // then
    assertThat(first)
        .isCompletedWithValueMatching(o -> ((Delivered) o).messages().get(0).consumedTimes() == 1);
    assertThat(second)
        .isCompletedWithValueMatching(o -> ((Delivered) o).messages().get(0).consumedTimes() == 2);
  }

  @Test
  void anAckThatFreesAPartitionWakesAnOrderlyConsumer() {
    // given
    broker.publish(sharded("k-0", "k"));
    broker.publish(sharded("k-1", "k"));
    List<ConsumedMessage> first = broker.consumeOrdered("GID_A", 1);
    CompletableFuture<ConsumeOutcome> poll = broker.longPoll("GID_A", ConsumeMode.ORDERED, 30);
    // when
    broker.ack("GID_A", first);
    // then
    assertThat(poll)
        .isCompletedWithValueMatching(o -> ((Delivered) o).messages().get(0).body().equals("k-1"));
  }

  @Test
  void aMessageGoesToOneWaiterOfAGroupTheOldestFirst() {
    // given
    CompletableFuture<ConsumeOutcome> oldest = broker.longPoll("GID_A", ConsumeMode.NORMAL, 30);
    broker.advanceSeconds(1);
    CompletableFuture<ConsumeOutcome> younger = broker.longPoll("GID_A", ConsumeMode.NORMAL, 30);
    CompletableFuture<ConsumeOutcome> otherGroup = broker.longPoll("GID_B", ConsumeMode.NORMAL, 30);
    // when
    broker.publish("one");
    // then
    assertThat(oldest).isCompletedWithValueMatching(Delivered.class::isInstance);
    assertThat(younger).isNotDone();
    assertThat(otherGroup).isCompletedWithValueMatching(Delivered.class::isInstance);
  }

  @Test
  void aWaiterWhoseFilterDoesNotMatchLetsTheNextWaiterHaveTheMessage() {
    // given
    CompletableFuture<ConsumeOutcome> wantsB =
        broker.engine.consume(
            new ConsumeRequest(
                TestBroker.TOPIC,
                "GID_A",
                1,
                Duration.ofSeconds(30),
                TagFilter.parse("B"),
                ConsumeMode.NORMAL));
    CompletableFuture<ConsumeOutcome> wantsA =
        broker.engine.consume(
            new ConsumeRequest(
                TestBroker.TOPIC,
                "GID_A",
                1,
                Duration.ofSeconds(30),
                TagFilter.parse("A"),
                ConsumeMode.NORMAL));
    // when
    broker.publish(TestBroker.tagged("a", "A"));
    // then
    assertThat(wantsB).isNotDone();
    assertThat(wantsA).isCompletedWithValueMatching(Delivered.class::isInstance);
  }

  @Test
  void aCancelledWaitIsWithdrawnAndLosesNoMessage() {
    // given
    CompletableFuture<ConsumeOutcome> poll = broker.longPoll("GID_A", ConsumeMode.NORMAL, 30);
    // when
    boolean cancelled = poll.cancel(false);
    broker.publish("hello");
    // then
    assertThat(cancelled).isTrue();
    assertThat(broker.engine.counters().waitingConsumers()).isZero();
    assertThat(TestBroker.bodies(broker.consume("GID_A"))).containsExactly("hello");
  }

  @Test
  void aWaitThatAlreadyGotMessagesCannotBeCancelled() {
    // given
    CompletableFuture<ConsumeOutcome> poll = broker.longPoll("GID_A", ConsumeMode.NORMAL, 30);
    broker.publish("hello");
    // when / then
    assertThat(poll.cancel(false)).isFalse();
    assertThat(poll.join()).isInstanceOf(Delivered.class);
  }

  @Test
  void resetEndsEveryWaitWithNoMessage() {
    // given
    CompletableFuture<ConsumeOutcome> consumer = broker.longPoll("GID_A", ConsumeMode.NORMAL, 30);
    CompletableFuture<ConsumeOutcome> checker = broker.longPoll("GID_P", ConsumeMode.HALF, 30);
    // when
    broker.engine.reset();
    // then
    assertThat(consumer).isCompletedWithValue(NoMessage.INSTANCE);
    assertThat(checker).isCompletedWithValue(NoMessage.INSTANCE);
    assertThat(broker.engine.counters().waitingConsumers()).isZero();
  }

  @Test
  void thousandsOfWaitersCostNoThreadsAndEndOnTime() {
    // given
    List<CompletableFuture<ConsumeOutcome>> polls = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      polls.add(broker.longPoll("GID_" + (i % 50), ConsumeMode.NORMAL, 30));
    }
    assertThat(broker.engine.counters().waitingConsumers()).isEqualTo(5_000);
    // when
    broker.publish("one");
    broker.advanceSeconds(30);
    // then: one message per group, everyone else hears "no message"
    long delivered = polls.stream().filter(p -> p.join() instanceof Delivered).count();
    assertThat(delivered).isEqualTo(50);
    assertThat(broker.engine.counters().waitingConsumers()).isZero();
  }
}
