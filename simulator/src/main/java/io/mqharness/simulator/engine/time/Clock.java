package io.mqharness.simulator.engine.time;

import java.time.Duration;

/**
 * The engine's only source of time: "now" and timers. {@link SystemClock} in a real run, {@link
 * VirtualClock} in tests, which move time by hand and never sleep.
 */
public interface Clock {
  /** Epoch milliseconds. */
  long nowMillis();

  /**
   * Runs {@code task} once {@code delay} has passed on this clock; the returned handle cancels it.
   */
  Cancellable schedule(Duration delay, Runnable task);

  @FunctionalInterface
  interface Cancellable {
    void cancel();
  }
}
