package io.mqharness.simulator.engine;

import static io.mqharness.simulator.engine.TestBroker.bodies;
import static io.mqharness.simulator.engine.TestBroker.half;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulator.engine.AckOutcome.AllAcked;
import io.mqharness.simulator.engine.AckOutcome.PartiallyFailed;
import io.mqharness.simulator.engine.PublishOutcome.Published;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Transactional (half) messages: publish handle, half pops, commit and rollback (SPEC §6.5, §9
 * Q6-Q11, Q17).
 */
class TransactionTest {
  private final TestBroker broker = new TestBroker();

  @Test
  void aHalfMessageNeverReachesNormalOrOrderlyConsume() {
    // given
    broker.publish(half("h", 10));
    // when
    broker.advanceSeconds(15);
    // then
    assertThat(broker.consume("GID_A")).isEmpty();
    assertThat(broker.consumeOrdered("GID_A", 16)).isEmpty();
  }

  @Test
  void commitWithThePublishHandleMakesANormalMessageForEveryGroup() {
    // given
    broker.consume("GID_A");
    Published published = broker.publish(half("h", 10));
    broker.advanceSeconds(3);
    // when
    AckOutcome outcome = broker.commit("GID_P", published.response().receiptHandle());
    // then
    assertThat(outcome).isEqualTo(AllAcked.INSTANCE);
    ConsumedMessage toA = broker.consume("GID_A").get(0);
    assertThat(toA.messageId()).isEqualTo(published.response().messageId());
    assertThat(toA.publishTime()).isEqualTo(TestBroker.T0);
    assertThat(toA.consumedTimes()).isEqualTo(1);
    assertThat(toA.properties().transCheckImmunitySeconds()).hasValue(10);
    assertThat(bodies(broker.consume("GID_B"))).containsExactly("h");
  }

  @Test
  void thePublishHandleLapsesAtTheEndOfTheCheckImmunity() {
    // given
    Published published = broker.publish(half("h", 10));
    // when
    broker.advanceSeconds(10);
    // then
    assertThat(broker.commit("GID_P", published.response().receiptHandle()))
        .isInstanceOfSatisfying(
            PartiallyFailed.class,
            p ->
                assertThat(p.failures().get(0).errorCode())
                    .isEqualTo(ErrorCode.RECEIPT_HANDLE_ERROR.wireCode()));
  }

  @Test
  void rollbackWithThePublishHandleDiscardsTheMessage() {
    // given
    Published published = broker.publish(half("h", 10));
    // when
    AckOutcome outcome = broker.rollback("GID_P", published.response().receiptHandle());
    broker.advanceSeconds(60);
    // then
    assertThat(outcome).isEqualTo(AllAcked.INSTANCE);
    assertThat(broker.pop("GID_P", 16)).isEmpty();
    assertThat(broker.consume("GID_A")).isEmpty();
  }

  @Test
  void aHalfPopSeesOnlyMessagesPastTheirImmunityOldestFirst() {
    // given
    broker.publish(half("h0", 10));
    broker.advanceSeconds(5);
    broker.publish(half("h1", 10));
    // when / then
    broker.advanceSeconds(5);
    assertThat(bodies(broker.pop("GID_P", 16))).containsExactly("h0");
    broker.advanceSeconds(5);
    assertThat(bodies(broker.pop("GID_P", 16))).containsExactly("h1");
  }

  @Test
  void eachPopCountsOneAndGivesAHandleValidForTheRecheckWindow() {
    // given
    broker.publish(half("h", 10));
    broker.advanceSeconds(10);
    // when
    ConsumedMessage first = broker.pop("GID_P", 1).get(0);
    List<ConsumedMessage> duringWindow = broker.pop("GID_P", 1);
    broker.advanceSeconds(10);
    ConsumedMessage second = broker.pop("GID_P", 1).get(0);
    // then
    assertThat(first.consumedTimes()).isEqualTo(1);
    assertThat(first.nextConsumeTime()).isEqualTo(TestBroker.T0 + 20_000);
    assertThat(duringWindow).isEmpty();
    assertThat(second.consumedTimes()).isEqualTo(2);
    assertThat(second.firstConsumeTime()).isEqualTo(first.firstConsumeTime());
    assertThat(broker.commit("GID_P", first.receiptHandle())).isInstanceOf(PartiallyFailed.class);
    assertThat(broker.commit("GID_P", second.receiptHandle())).isEqualTo(AllAcked.INSTANCE);
  }

  @Test
  void anyGroupMayPopAndAnyGroupEvenEmptyMayCommit() {
    // given
    broker.publish(half("h", 10));
    broker.advanceSeconds(10);
    ConsumedMessage popped = broker.pop("GID_CHECKER", 1).get(0);
    // when
    AckOutcome outcome = broker.commit("", popped.receiptHandle());
    // then
    assertThat(outcome).isEqualTo(AllAcked.INSTANCE);
    assertThat(bodies(broker.consume("GID_A"))).containsExactly("h");
  }

  @Test
  void halfPopAndNormalConsumeAreSeparateStreamsForTheSameGroup() {
    // given
    broker.publish("normal");
    broker.publish(half("h", 10));
    broker.advanceSeconds(10);
    // when
    List<ConsumedMessage> popped = broker.pop("GID_T", 16);
    List<ConsumedMessage> consumed = broker.consume("GID_T");
    // then
    assertThat(bodies(popped)).containsExactly("h");
    assertThat(bodies(consumed)).containsExactly("normal");
  }

  @Test
  void aConsumedTimesOfTheConsumerStartsFromZeroAfterCommit() {
    // given
    broker.publish(half("h", 10));
    broker.advanceSeconds(10);
    broker.pop("GID_T", 1);
    broker.advanceSeconds(10);
    ConsumedMessage secondPop = broker.pop("GID_T", 1).get(0);
    // when
    broker.commit("GID_T", secondPop.receiptHandle());
    // then
    assertThat(broker.consume("GID_T"))
        .extracting(ConsumedMessage::consumedTimes)
        .containsExactly(1);
  }

  @Test
  void handlesOfTheWrongKindFail() {
    // given
    broker.publish("normal");
    Published half = broker.publish(half("h", 10));
    String consumeHandle = broker.consume("GID_A").get(0).receiptHandle();
    // when / then
    assertThat(broker.ack("GID_A", half.response().receiptHandle()))
        .isInstanceOf(PartiallyFailed.class);
    assertThat(broker.commit("GID_A", consumeHandle)).isInstanceOf(PartiallyFailed.class);
    assertThat(broker.rollback("GID_A", consumeHandle)).isInstanceOf(PartiallyFailed.class);
    assertThat(broker.commit("GID_A", half.response().receiptHandle()))
        .isEqualTo(AllAcked.INSTANCE);
  }

  @Test
  void aDecidedMessageCannotBeDecidedAgain() {
    // given
    String handle = broker.publish(half("h", 10)).response().receiptHandle();
    broker.commit("GID_P", handle);
    // when / then
    assertThat(broker.rollback("GID_P", handle)).isInstanceOf(PartiallyFailed.class);
  }

  @Test
  void checkImmunityIsClampedToTenThroughThreeHundredSeconds() {
    // given
    broker.publish(half("short", 1));
    broker.publish(half("long", 5000));
    // when / then
    broker.advance(Duration.ofSeconds(10).minusMillis(1));
    assertThat(broker.pop("GID_P", 16)).isEmpty();
    broker.advance(Duration.ofMillis(1));
    assertThat(bodies(broker.pop("GID_P", 16))).containsExactly("short");
    broker.advanceSeconds(289);
    assertThat(bodies(broker.pop("GID_P", 16))).containsExactly("short");
    broker.advanceSeconds(1);
    assertThat(bodies(broker.pop("GID_P", 16))).containsExactly("long");
  }

  @Test
  void anUndecidedMessageIsGivenUpAfterTheMaximumAge() {
    // given
    broker.publish(half("h", 10));
    // when
    broker.advance(Duration.ofSeconds(86_400));
    // then
    assertThat(broker.pop("GID_P", 16)).isEmpty();
    assertThat(broker.engine.counters().rolledBack()).isEqualTo(1);
    assertThat(broker.consume("GID_A")).isEmpty();
  }

  @Test
  void anUndecidedMessageIsGivenUpAfterTheMaximumChecksWhenSet() {
    // given
    TestBroker limited = new TestBroker(withMaxChecks(2));
    limited.publish(half("h", 10));
    limited.advanceSeconds(10);
    // when
    int pops = 0;
    for (int i = 0; i < 5; i++) {
      pops += limited.pop("GID_P", 1).size();
      limited.advanceSeconds(10);
    }
    // then
    assertThat(pops).isEqualTo(2);
    assertThat(limited.engine.counters().rolledBack()).isEqualTo(1);
  }

  private static EngineSettings withMaxChecks(int maxChecks) {
    EngineSettings d = EngineSettings.defaults();
    return new EngineSettings(
        d.normalInvisibility(),
        d.orderedInvisibility(),
        d.maxRetries(),
        d.halfRecheckWindow(),
        d.halfMaxAge(),
        maxChecks,
        d.minCheckImmunitySeconds(),
        d.maxCheckImmunitySeconds(),
        d.maxStoredMessages(),
        d.strictTopics(),
        d.timeScale(),
        d.retention());
  }
}
