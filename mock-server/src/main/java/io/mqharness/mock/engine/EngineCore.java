package io.mqharness.mock.engine;

import io.mqharness.mock.engine.time.Clock.Cancellable;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The engine's one lock and the frame around every operation: run the deadlines that are due, do the
 * operation, serve the consumers waiting on the topics it touched, keep one clock timer on the next
 * deadline, release the lock, then complete futures.
 */
final class EngineCore {
  private static final int SPINS = 200;

  private final ReentrantLock lock = new ReentrantLock();
  private final EngineContext ctx;
  private Consumer<Topic> serveWaiters = topic -> {};
  private Cancellable timer = () -> {};
  private long timerAt = Long.MAX_VALUE;
  private long timerGeneration;

  public EngineCore(EngineContext ctx) {
    this.ctx = ctx;
  }

  public void serveWaitersWith(Consumer<Topic> serveWaiters) {
    this.serveWaiters = serveWaiters;
  }

  public <T> T locked(Supplier<T> operation) {
    T result;
    List<Runnable> afterUnlock;
    acquire();
    try {
      ctx.agenda().runDue(ctx.now());
      result = operation.get();
      ctx.drainTouched().forEach(serveWaiters);
      armTimer();
      afterUnlock = ctx.drainAfterUnlock();
    } finally {
      lock.unlock();
    }
    afterUnlock.forEach(Runnable::run);
    return result;
  }

  /**
   * Operations hold the lock for a few microseconds, far less than parking and waking a thread costs; with many
   * request threads on few cores, parking at once turns every release into a wake-up (a lock convoy). A short
   * spin lets most waiters take the lock while they still run.
   */
  private void acquire() {
    for (int i = 0; i < SPINS; i++) {
      if (lock.tryLock()) {
        return;
      }
      Thread.onSpinWait();
    }
    lock.lock();
  }

  /** Forgets the timer of the deadlines (reset). Call under {@link #locked}. */
  public void disarm() {
    timer.cancel();
    timerAt = Long.MAX_VALUE;
    timerGeneration++;
  }

  private void armTimer() {
    OptionalLong next = ctx.agenda().next();
    if (next.isEmpty() || next.getAsLong() >= timerAt) {
      return;
    }
    timer.cancel();
    long generation = ++timerGeneration;
    timerAt = next.getAsLong();
    timer = ctx.clock().schedule(Duration.ofMillis(Math.max(0, timerAt - ctx.now())), () -> fired(generation));
  }

  private void fired(long generation) {
    locked(() -> {
      if (generation == timerGeneration) {
        timerAt = Long.MAX_VALUE;
      }
      return null;
    });
  }
}
