package io.mqharness.simulations.support;

import java.util.concurrent.atomic.AtomicLong;

/** The cap on requests one run may send; every signed request takes one, loops stop when it is spent. */
public final class RequestBudget {
  private final long limit;
  private final AtomicLong taken = new AtomicLong();

  public RequestBudget(long limit) {
    this.limit = limit;
  }

  public void take() {
    taken.incrementAndGet();
  }

  public boolean spent() {
    return taken.get() >= limit;
  }

  public long taken() {
    return taken.get();
  }
}
