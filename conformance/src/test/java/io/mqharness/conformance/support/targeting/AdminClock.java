package io.mqharness.conformance.support.targeting;

import io.mqharness.simulator.testkit.SimulatorAdminClient;
import java.time.Duration;

/** A standalone simulator's virtual clock, read and moved through its admin API. */
record AdminClock(SimulatorAdminClient admin) implements TargetClock {
  @Override
  public long nowMillis() {
    return admin.nowMillis();
  }

  @Override
  public void advance(Duration duration) {
    admin.advance(duration);
  }

  @Override
  public boolean isVirtual() {
    return true;
  }
}
