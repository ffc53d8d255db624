package io.mqharness.simulator.engine.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualClockTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private final VirtualClock clock = new VirtualClock(START);
  private final List<String> ran = new ArrayList<>();

  @Test
  void timeMovesOnlyWhenAdvanced() {
    // when
    clock.advance(Duration.ofSeconds(5));
    // then
    assertThat(clock.now()).isEqualTo(START.plusSeconds(5));
    assertThat(clock.nowMillis()).isEqualTo(START.toEpochMilli() + 5_000);
  }

  @Test
  void dueTimersRunInTimeOrderEachAtItsOwnInstant() {
    // given
    clock.schedule(Duration.ofSeconds(3), () -> ran.add("3s@" + offset()));
    clock.schedule(Duration.ofSeconds(1), () -> ran.add("1s@" + offset()));
    clock.schedule(Duration.ofSeconds(9), () -> ran.add("9s@" + offset()));
    // when
    clock.advance(Duration.ofSeconds(5));
    // then
    assertThat(ran).containsExactly("1s@1000", "3s@3000");
    assertThat(offset()).isEqualTo(5_000);
  }

  @Test
  void aTimerScheduledByATimerWithinTheSameAdvanceRunsToo() {
    // given
    clock.schedule(
        Duration.ofSeconds(1),
        () -> clock.schedule(Duration.ofSeconds(1), () -> ran.add("chained@" + offset())));
    // when
    clock.advance(Duration.ofSeconds(2));
    // then
    assertThat(ran).containsExactly("chained@2000");
  }

  @Test
  void aCancelledTimerNeverRuns() {
    // given
    Clock.Cancellable timer = clock.schedule(Duration.ofSeconds(1), () -> ran.add("cancelled"));
    // when
    timer.cancel();
    clock.advance(Duration.ofSeconds(2));
    // then
    assertThat(ran).isEmpty();
    assertThat(clock.pendingTimers()).isZero();
  }

  @Test
  void setMovesForwardAndRefusesThePast() {
    // given
    clock.schedule(Duration.ofMinutes(1), () -> ran.add("ran"));
    // when
    clock.set(START.plusSeconds(60));
    // then
    assertThat(ran).containsExactly("ran");
    assertThatThrownBy(() -> clock.set(START)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aZeroDelayTimerRunsOnTheNextAdvanceEvenOfZero() {
    // given
    clock.schedule(Duration.ZERO, () -> ran.add("now"));
    // when
    clock.advance(Duration.ZERO);
    // then
    assertThat(ran).containsExactly("now");
  }

  private long offset() {
    return clock.nowMillis() - START.toEpochMilli();
  }
}
