package io.mqharness.simulator.engine;

import static io.mqharness.simulator.engine.TestBroker.half;
import static io.mqharness.simulator.engine.TestBroker.timer;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulator.engine.ConsumeOutcome.NoMessage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** timeScale runs protocol timers faster; long-poll waits stay as the client asked. */
class TimeScaleTest {
  private final TestBroker broker = new TestBroker(EngineSettings.defaults().withTimeScale(100));

  @Test
  void invisibilityIsScaled() {
    // given
    broker.publish("hello");
    ConsumedMessage first = broker.consume("GID_A").get(0);
    // when
    broker.advanceSeconds(3);
    // then: 300 s / 100
    assertThat(first.nextConsumeTime()).isEqualTo(TestBroker.T0 + 3_000);
    assertThat(broker.consume("GID_A"))
        .extracting(ConsumedMessage::consumedTimes)
        .containsExactly(2);
  }

  @Test
  void checkImmunityAndRecheckWindowAreScaled() {
    // given
    broker.publish(half("h", 10));
    // when / then: 10 s / 100 = 100 ms each
    broker.advance(Duration.ofMillis(100));
    assertThat(broker.pop("GID_P", 1))
        .extracting(ConsumedMessage::consumedTimes)
        .containsExactly(1);
    broker.advance(Duration.ofMillis(100));
    assertThat(broker.pop("GID_P", 1))
        .extracting(ConsumedMessage::consumedTimes)
        .containsExactly(2);
  }

  @Test
  void timerDelaysAreScaled() {
    // given
    broker.publish(timer("later", TestBroker.T0 + 60_000));
    // when
    broker.advance(Duration.ofMillis(600));
    // then
    assertThat(broker.consume("GID_A")).hasSize(1);
  }

  @Test
  void longPollWaitsAreNotScaled() {
    // given
    CompletableFuture<ConsumeOutcome> poll = broker.longPoll("GID_A", ConsumeMode.NORMAL, 10);
    // when
    broker.advanceSeconds(9);
    // then
    assertThat(poll).isNotDone();
    broker.advanceSeconds(1);
    assertThat(poll).isCompletedWithValue(NoMessage.INSTANCE);
  }
}
