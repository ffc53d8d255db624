package io.mqharness.simulator.engine;

import static io.mqharness.simulator.engine.TestBroker.bodies;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulator.engine.ConsumeOutcome.NoMessage;
import io.mqharness.simulator.engine.PublishOutcome.Published;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Normal consume: visibility, redelivery, groups and the retry limit (SPEC §6.1, §9 Q1). */
class ConsumeVisibilityTest {
  private final TestBroker broker = new TestBroker();

  @Test
  void aFirstDeliveryCountsOneAndHidesTheMessageForFiveMinutes() {
    // given
    Published published = broker.publish("hello");
    broker.advanceSeconds(2);
    // when
    ConsumedMessage delivery = broker.consume("GID_A").get(0);
    // then
    assertThat(delivery.messageId()).isEqualTo(published.response().messageId());
    assertThat(delivery.consumedTimes()).isEqualTo(1);
    assertThat(delivery.publishTime()).isEqualTo(TestBroker.T0);
    assertThat(delivery.firstConsumeTime()).isEqualTo(TestBroker.T0 + 2_000);
    assertThat(delivery.nextConsumeTime()).isEqualTo(TestBroker.T0 + 2_000 + 300_000);
    assertThat(delivery.bodyMd5()).isEqualTo(published.response().bodyMd5());
  }

  @Test
  void anInvisibleMessageIsNotDeliveredAgainUntilNextConsumeTime() {
    // given
    broker.publish("hello");
    broker.consume("GID_A");
    // when
    broker.advance(Duration.ofSeconds(300).minusMillis(1));
    // then
    assertThat(broker.consume("GID_A")).isEmpty();
  }

  @Test
  void anUnackedMessageComesBackWithANewHandleAndConsumedTimesPlusOne() {
    // given
    broker.publish("hello");
    ConsumedMessage first = broker.consume("GID_A").get(0);
    // when
    broker.advanceSeconds(300);
    ConsumedMessage second = broker.consume("GID_A").get(0);
    // then
    assertThat(second.consumedTimes()).isEqualTo(2);
    assertThat(second.receiptHandle()).isNotEqualTo(first.receiptHandle());
    assertThat(second.firstConsumeTime()).isEqualTo(first.firstConsumeTime());
    assertThat(second.nextConsumeTime()).isEqualTo(broker.now() + 300_000);
    assertThat(broker.engine.counters().redelivered()).isEqualTo(1);
  }

  @Test
  void oneConsumeReturnsAtMostNumOfMessagesInPublishOrder() {
    // given
    for (int i = 0; i < 5; i++) {
      broker.publish("m" + i);
    }
    // when
    List<ConsumedMessage> firstBatch = broker.consume("GID_A", 3);
    List<ConsumedMessage> secondBatch = broker.consume("GID_A", 3);
    // then
    assertThat(bodies(firstBatch)).containsExactly("m0", "m1", "m2");
    assertThat(bodies(secondBatch)).containsExactly("m3", "m4");
  }

  @Test
  void eachGroupHasItsOwnDeliveryState() {
    // given
    broker.consume("GID_A");
    broker.consume("GID_B");
    broker.publish("hello");
    ConsumedMessage toA = broker.consume("GID_A").get(0);
    // when
    broker.ack("GID_A", toA.receiptHandle());
    List<ConsumedMessage> toB = broker.consume("GID_B");
    // then
    assertThat(bodies(toB)).containsExactly("hello");
    assertThat(toB.get(0).consumedTimes()).isEqualTo(1);
  }

  @Test
  void aGroupCreatedLaterReadsEveryRetainedMessage() {
    // given: GID_A acked m0 and holds m1
    broker.consume("GID_A");
    broker.publish("m0");
    broker.publish("m1");
    List<ConsumedMessage> toA = broker.consume("GID_A");
    broker.ack("GID_A", toA.get(0).receiptHandle());
    // when
    List<ConsumedMessage> toLate = broker.consume("GID_LATE");
    // then: what GID_A acked or holds is still retained for a group first seen now
    assertThat(bodies(toLate)).containsExactly("m0", "m1");
  }

  @Test
  void messagesPublishedBeforeAnyGroupWaitForTheFirstGroupWithinTheirRetention() {
    // given
    broker.publish("early");
    broker.advance(Duration.ofDays(3).minusSeconds(1));
    // when / then
    assertThat(bodies(broker.consume("GID_A"))).containsExactly("early");
  }

  @Test
  void afterTheLastRetryExpiresTheMessageIsDeadAndNeverDeliveredAgain() {
    // given
    broker.publish("poison");
    int deliveries = 0;
    // when
    while (!broker.consume("GID_A").isEmpty()) {
      deliveries++;
      broker.advanceSeconds(300);
    }
    broker.advance(Duration.ofDays(1));
    // then: the first delivery plus 288 retries
    assertThat(deliveries).isEqualTo(289);
    assertThat(broker.consume("GID_A")).isEmpty();
    assertThat(broker.engine.counters().deadLettered()).isEqualTo(1);
    assertThat(broker.engine.snapshot().instances().get(0).topics().get(0).groups().get(0).dead())
        .isEqualTo(1);
  }

  @Test
  void theLastDeliveryCarriesConsumedTimes289() {
    // given
    broker.publish("poison");
    ConsumedMessage last = null;
    // when
    for (List<ConsumedMessage> got = broker.consume("GID_A");
        !got.isEmpty();
        got = broker.consume("GID_A")) {
      last = got.get(0);
      broker.advanceSeconds(300);
    }
    // then
    assertThat(last.consumedTimes()).isEqualTo(289);
  }

  @Test
  void numOfMessagesAndWaitTimeOutOfRangeAreInvalidArguments() {
    for (int n : new int[] {0, 17, -1}) {
      assertThat(invalid(n, Duration.ZERO)).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }
    assertThat(invalid(1, Duration.ofSeconds(31))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    assertThat(invalid(1, Duration.ofSeconds(-1))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
  }

  @Test
  void anEmptyTopicAnswersNoMessageAtOnce() {
    // when
    ConsumeOutcome outcome =
        broker
            .engine
            .consume(
                new ConsumeRequest(
                    TestBroker.TOPIC,
                    "GID_A",
                    1,
                    Duration.ZERO,
                    TagFilter.any(),
                    ConsumeMode.NORMAL))
            .join();
    // then
    assertThat(outcome).isEqualTo(NoMessage.INSTANCE);
  }

  private ErrorCode invalid(int numOfMessages, Duration wait) {
    ConsumeOutcome outcome =
        broker
            .engine
            .consume(
                new ConsumeRequest(
                    TestBroker.TOPIC,
                    "GID_A",
                    numOfMessages,
                    wait,
                    TagFilter.any(),
                    ConsumeMode.NORMAL))
            .join();
    return ((Rejected) outcome).code();
  }
}
