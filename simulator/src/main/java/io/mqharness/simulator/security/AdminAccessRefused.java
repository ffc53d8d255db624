package io.mqharness.simulator.security;

/**
 * The simulator would expose its admin APIs to the network without a credential; it does not start.
 */
public final class AdminAccessRefused extends IllegalStateException {
  AdminAccessRefused(String message) {
    super(message);
  }
}
