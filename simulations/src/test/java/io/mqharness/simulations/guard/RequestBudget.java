package io.mqharness.simulations.guard;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The cap on requests one run may send ({@code mq.maxRequests}): every signed request takes one and
 * loops stop when it is spent. Producers stop earlier, at the cap less a reserve kept for
 * consumers, so that a run stopped by the cap can still drain what it published before judging what
 * was lost.
 */
public final class RequestBudget {
  private final long limit;
  private final long producerLimit;
  private final AtomicLong taken = new AtomicLong();

  /**
   * {@code consumerReserve}: the share of the cap only consumers may use (0 when a run has none).
   */
  public RequestBudget(long limit, double consumerReserve) {
    if (consumerReserve < 0 || consumerReserve >= 1) {
      throw new IllegalArgumentException(
          "consumerReserve must be within [0, 1): " + consumerReserve);
    }
    this.limit = limit;
    this.producerLimit = Math.max(1, Math.round(limit * (1 - consumerReserve)));
  }

  public void take() {
    taken.incrementAndGet();
  }

  public boolean spent() {
    return taken.get() >= limit;
  }

  public boolean closedToProducers() {
    return taken.get() >= producerLimit;
  }

  public long producerLimit() {
    return producerLimit;
  }

  public long taken() {
    return taken.get();
  }
}
