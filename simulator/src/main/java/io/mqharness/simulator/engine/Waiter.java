package io.mqharness.simulator.engine;

import java.util.function.Predicate;

/**
 * A long-polling consume with nothing to receive yet. Its end is an agenda entry that outlives it
 * when it is answered early, so once answered it {@link #release}s its future (and the messages it
 * was answered with), and the entry keeps only the small request alive.
 */
final class Waiter {
  private final ConsumeRequest request;
  private PendingConsume future;

  /**
   * {@code withdraw} takes the waiter out of the engine when its future is cancelled; false if too
   * late.
   */
  public Waiter(ConsumeRequest request, Predicate<Waiter> withdraw) {
    this.request = request;
    this.future = new PendingConsume(f -> withdraw.test(this));
  }

  public ConsumeRequest request() {
    return request;
  }

  public PendingConsume future() {
    return future;
  }

  /** Drops the future once the waiter is answered (the caller holds it). */
  public void release() {
    future = null;
  }
}
