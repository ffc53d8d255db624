package io.mqharness.simulator.engine;

import static io.mqharness.simulator.engine.TestBroker.bodies;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulator.engine.AckOutcome.PartiallyFailed;
import io.mqharness.simulator.engine.ConsumeOutcome.NoMessage;
import io.mqharness.simulator.engine.PublishOutcome.Published;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stored-message cap (ENGINE.md "Retention"): a full store evicts its oldest retained message
 * to make room, and refuses a publish only when nothing can be evicted.
 */
class StoreCapTest {
  private final TestBroker broker =
      new TestBroker(EngineSettings.defaults().withMaxStoredMessages(3));

  @Test
  void aPublishIntoAFullStoreEvictsTheOldestRetainedMessageForEveryGroup() {
    // given a full store, m0 already delivered to GID_A and not acked
    broker.publish("m0");
    List<ConsumedMessage> m0 = broker.consume("GID_A", 1);
    broker.publish("m1");
    broker.publish("m2");
    // when
    PublishOutcome outcome = broker.tryPublish(TestBroker.message("m3"));
    // then m0 is gone for the group that held it and for a group first seen now
    assertThat(outcome).isInstanceOf(Published.class);
    assertThat(broker.engine.counters().evicted()).isEqualTo(1);
    assertThat(broker.engine.snapshot().storedMessages()).isEqualTo(3);
    assertThat(broker.ack("GID_A", m0)).isInstanceOf(PartiallyFailed.class);
    assertThat(bodies(broker.consume("GID_A"))).containsExactly("m1", "m2", "m3");
    assertThat(bodies(broker.consume("GID_LATE"))).containsExactly("m1", "m2", "m3");
  }

  @Test
  void acksFreeNoRoomSoAFullStoreEvictsEvenMessagesEveryGroupAcked() {
    // given every message acked by the only group
    for (int i = 0; i < 3; i++) {
      broker.publish("m" + i);
    }
    broker.ack("GID_A", broker.consume("GID_A"));
    assertThat(broker.engine.snapshot().storedMessages()).isEqualTo(3);
    // when
    broker.publish("m3");
    broker.publish("m4");
    // then the two oldest were evicted, and a later group reads from the oldest left
    assertThat(broker.engine.counters().evicted()).isEqualTo(2);
    assertThat(bodies(broker.consume("GID_LATE"))).containsExactly("m2", "m3", "m4");
  }

  @Test
  void theOldestMessageOfTheWholeEngineIsEvictedWhateverItsTopic() {
    // given
    TopicRef other = new TopicRef("MQ_INST_1", "payments");
    broker.engine.publish(other, TestBroker.message("oldest, other topic"));
    broker.publish("m1");
    broker.publish("m2");
    // when
    broker.publish("m3");
    // then
    ConsumeOutcome fromOther =
        broker
            .engine
            .consume(
                new ConsumeRequest(
                    other,
                    "GID_A",
                    16,
                    java.time.Duration.ZERO,
                    TagFilter.any(),
                    ConsumeMode.NORMAL))
            .join();
    assertThat(fromOther).isEqualTo(NoMessage.INSTANCE);
    assertThat(bodies(broker.consume("GID_A"))).containsExactly("m1", "m2", "m3");
  }

  @Test
  void aPublishIsRefusedOnlyWhenNothingCanBeEvicted() {
    // given a store full of a timer message not yet due and two undecided transactional messages
    broker.publish(TestBroker.timer("later", broker.now() + 60_000));
    broker.publish(TestBroker.half("h1", 10));
    broker.publish(TestBroker.half("h2", 10));
    // when
    PublishOutcome outcome = broker.tryPublish(TestBroker.message("one too many"));
    // then
    assertThat(outcome)
        .isInstanceOfSatisfying(
            Rejected.class,
            r -> {
              assertThat(r.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
              assertThat(r.message())
                  .contains("store is full")
                  .contains("none can be evicted")
                  .contains("--max-messages");
            });
    assertThat(broker.engine.counters().evicted()).isZero();
  }

  @Test
  void aTimerMessageThatFallsDueCanBeEvicted() {
    // given the same full store, once the timer message is due
    broker.publish(TestBroker.timer("later", broker.now() + 60_000));
    broker.publish(TestBroker.half("h1", 10));
    broker.publish(TestBroker.half("h2", 10));
    broker.advanceSeconds(60);
    // when
    PublishOutcome outcome = broker.tryPublish(TestBroker.message("fits"));
    // then
    assertThat(outcome).isInstanceOf(Published.class);
    assertThat(bodies(broker.consume("GID_A"))).containsExactly("fits");
  }

  @Test
  void aRollbackFreesTheRoomOfItsHalfMessage() {
    // given
    broker.publish(TestBroker.timer("later", broker.now() + 60_000));
    broker.publish(TestBroker.half("h1", 10));
    String handle = broker.publish(TestBroker.half("h2", 10)).response().receiptHandle();
    assertThat(broker.tryPublish(TestBroker.message("full"))).isInstanceOf(Rejected.class);
    // when
    broker.rollback("GID_P", handle);
    // then
    assertThat(broker.tryPublish(TestBroker.message("fits"))).isInstanceOf(Published.class);
    assertThat(broker.engine.counters().evicted()).isZero();
  }

  @Test
  void aMessageDeadForItsGroupIsNotRedeliveredAndItsRoomCanBeTaken() {
    // given
    TestBroker fewRetries = new TestBroker(withMaxRetries(1).withMaxStoredMessages(1));
    fewRetries.publish("poison");
    // when
    fewRetries.consume("GID_A");
    fewRetries.advanceSeconds(300);
    fewRetries.consume("GID_A");
    fewRetries.advanceSeconds(300);
    // then
    assertThat(fewRetries.consume("GID_A")).isEmpty();
    assertThat(fewRetries.tryPublish(TestBroker.message("fits"))).isInstanceOf(Published.class);
  }

  private static EngineSettings withMaxRetries(int maxRetries) {
    EngineSettings d = EngineSettings.defaults();
    return new EngineSettings(
        d.normalInvisibility(),
        d.orderedInvisibility(),
        maxRetries,
        d.halfRecheckWindow(),
        d.halfMaxAge(),
        d.halfMaxChecks(),
        d.minCheckImmunitySeconds(),
        d.maxCheckImmunitySeconds(),
        d.maxStoredMessages(),
        d.strictTopics(),
        d.timeScale(),
        d.retention());
  }
}
