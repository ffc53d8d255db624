package io.mqharness.conformance.support.targeting;

import io.mqharness.simulator.engine.time.VirtualClock;
import java.time.Duration;

/** The embedded simulator's virtual clock: advancing runs the due protocol timers at once. */
record EmbeddedClock(VirtualClock clock) implements TargetClock {
  @Override
  public long nowMillis() {
    return clock.nowMillis();
  }

  @Override
  public void advance(Duration duration) {
    clock.advance(duration);
  }

  @Override
  public boolean isVirtual() {
    return true;
  }
}
