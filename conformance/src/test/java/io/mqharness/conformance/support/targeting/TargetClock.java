package io.mqharness.conformance.support.targeting;

import java.time.Duration;

/** The target's "now", and how to let time pass on it. */
public interface TargetClock {
  long nowMillis();

  void advance(Duration duration);

  /** True when {@link #advance} costs no real time. */
  boolean isVirtual();
}
