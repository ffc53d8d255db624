package io.mqharness.simulations.chains;

import io.gatling.javaapi.core.ChainBuilder;
import io.mqharness.simulations.faults.Operation;
import io.mqharness.simulations.requests.MqRequests;

/**
 * A rollback (SPEC §6.5 rules 3, 6 and 7) of the half messages whose handles are under {@code
 * handlesKey}: 204.
 */
public final class Rollback {
  private Rollback() {}

  /** The rollback named {@code name} in Gatling's statistics, sent through {@code recording}. */
  public static ChainBuilder rollback(
      MqRequests on, String name, String handlesKey, Recording recording) {
    return recording.send(Operation.DECIDE, on.rollback(name, handlesKey), 204);
  }
}
