package io.mqharness.simulator.engine;

import static io.mqharness.simulator.engine.TestBroker.bodies;
import static io.mqharness.simulator.engine.TestBroker.timer;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulator.engine.PublishOutcome.Published;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Timer messages: hidden from every group until __STARTDELIVERTIME (SPEC §6.4, §9 Q5). */
class TimerMessageTest {
  private final TestBroker broker = new TestBroker();

  @Test
  void aTimerMessageIsInvisibleUntilItsTime() {
    // given
    Published published = broker.publish(timer("later", TestBroker.T0 + 60_000));
    // when / then
    assertThat(broker.consume("GID_A")).isEmpty();
    broker.advance(Duration.ofSeconds(60).minusMillis(1));
    assertThat(broker.consume("GID_A")).isEmpty();
    broker.advance(Duration.ofMillis(1));
    ConsumedMessage delivery = broker.consume("GID_A").get(0);
    assertThat(delivery.body()).isEqualTo("later");
    assertThat(delivery.publishTime()).isEqualTo(published.publishTime()).isEqualTo(TestBroker.T0);
  }

  @Test
  void aTimeInThePastOrNowDeliversAtOnce() {
    // given
    broker.publish(timer("past", TestBroker.T0 - 5_000));
    broker.publish(timer("now", TestBroker.T0));
    // when / then
    assertThat(bodies(broker.consume("GID_A"))).containsExactly("past", "now");
  }

  @Test
  void aTimerMessageReachesEveryGroupWhenDue() {
    // given
    broker.consume("GID_A");
    broker.publish(timer("later", TestBroker.T0 + 10_000));
    broker.consume("GID_B");
    // when
    broker.advanceSeconds(10);
    // then
    assertThat(bodies(broker.consume("GID_A"))).containsExactly("later");
    assertThat(bodies(broker.consume("GID_B"))).containsExactly("later");
  }

  @Test
  void aDelayBeyondFortyDaysIsAnInvalidArgument() {
    long fortyDays = Duration.ofDays(40).toMillis();
    assertThat(broker.tryPublish(timer("far", TestBroker.T0 + fortyDays + 1)))
        .isInstanceOfSatisfying(
            Rejected.class, r -> assertThat(r.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    assertThat(broker.tryPublish(timer("edge", TestBroker.T0 + fortyDays)))
        .isInstanceOf(Published.class);
  }

  @Test
  void theSnapshotCountsDelayedMessages() {
    // given
    broker.publish(timer("later", TestBroker.T0 + 10_000));
    // when / then
    assertThat(broker.engine.snapshot().instances().get(0).topics().get(0).delayed()).isEqualTo(1);
    broker.advanceSeconds(10);
    assertThat(broker.engine.snapshot().instances().get(0).topics().get(0).delayed()).isZero();
  }
}
