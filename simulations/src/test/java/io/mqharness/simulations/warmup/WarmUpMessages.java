package io.mqharness.simulations.warmup;

import io.mqharness.protocol.model.ConsumedMessage;

/**
 * The mark on a message published during the warm-up: a consumer of the measured load that receives
 * one (a warm-up message left on the topic) acks it like any other, but counts it nowhere.
 */
public final class WarmUpMessages {
  /** The user property a warm-up message carries, with the value {@code true}. */
  public static final String PROPERTY = "harnessWarmUp";

  private WarmUpMessages() {}

  public static boolean isWarmUp(ConsumedMessage message) {
    return message.properties().get(PROPERTY).isPresent();
  }
}
