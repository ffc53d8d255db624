package io.mqharness.mock.engine.wait;

import io.mqharness.mock.engine.ConsumeRequest;
import io.mqharness.mock.engine.time.Clock.Cancellable;
import java.util.function.Predicate;

/** A long-polling consume with nothing to receive yet; its expiry runs on the engine's clock. */
public final class Waiter {
  private final ConsumeRequest request;
  private final PendingConsume future;
  private Cancellable expiry = () -> {};

  /** {@code withdraw} takes the waiter out of the engine when its future is cancelled; false if too late. */
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

  public void expiry(Cancellable expiry) {
    this.expiry = expiry;
  }

  public void cancelExpiry() {
    expiry.cancel();
  }
}
