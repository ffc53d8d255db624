package io.mqharness.simulator.engine;

import java.util.function.Predicate;

/**
 * The future a waiting consume returns. Cancelling it withdraws the waiter from the engine first,
 * so a cancel can never lose messages: once the engine has handed messages to the waiter, {@link
 * #cancel} fails and the future completes with them.
 */
final class PendingConsume extends java.util.concurrent.CompletableFuture<ConsumeOutcome> {
  private final Predicate<PendingConsume> withdraw;

  public PendingConsume(Predicate<PendingConsume> withdraw) {
    this.withdraw = withdraw;
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    return withdraw.test(this) && super.cancel(mayInterruptIfRunning);
  }
}
