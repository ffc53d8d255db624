package io.mqharness.conformance.support.targeting;

import java.time.Duration;

/**
 * A real instance: time passes by waiting, so scenarios that advance time are tagged {@code slow}.
 */
final class RealTimeClock implements TargetClock {
  @Override
  public long nowMillis() {
    return System.currentTimeMillis();
  }

  @Override
  public void advance(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting " + duration, e);
    }
  }

  @Override
  public boolean isVirtual() {
    return false;
  }
}
