package io.mqharness.simulations.chains;

import io.gatling.javaapi.core.ChainBuilder;
import io.mqharness.simulations.faults.Operation;
import io.mqharness.simulations.requests.MqRequests;

/**
 * An ack (SPEC §4.5, §6.1) of the receipt handles under {@link Messages#HANDLES}: 204 when every
 * one is taken.
 */
public final class Ack {
  private Ack() {}

  /** The ack named {@code name} in Gatling's statistics, sent through {@code recording}. */
  public static ChainBuilder ack(MqRequests on, String name, Recording recording) {
    return recording.send(Operation.ACK, on.ack(name, Messages.HANDLES), 204);
  }
}
