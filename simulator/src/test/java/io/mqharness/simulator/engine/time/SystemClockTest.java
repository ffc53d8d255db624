package io.mqharness.simulator.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SystemClockTest {
  private final SystemClock clock = new SystemClock();

  @Test
  void aTimerRunsOnADaemonThreadAfterItsDelay() throws InterruptedException {
    // given
    CountDownLatch ran = new CountDownLatch(1);
    boolean[] daemon = new boolean[1];
    long before = clock.nowMillis();
    // when
    clock.schedule(
        Duration.ofMillis(5),
        () -> {
          daemon[0] = Thread.currentThread().isDaemon();
          ran.countDown();
        });
    // then
    assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(daemon[0]).isTrue();
    assertThat(clock.nowMillis() - before).isGreaterThanOrEqualTo(5);
  }

  @Test
  void aCancelledTimerDoesNotRun() throws InterruptedException {
    // given
    CountDownLatch ran = new CountDownLatch(1);
    // when
    clock.schedule(Duration.ofMillis(20), ran::countDown).cancel();
    // then
    assertThat(ran.await(60, TimeUnit.MILLISECONDS)).isFalse();
  }
}
