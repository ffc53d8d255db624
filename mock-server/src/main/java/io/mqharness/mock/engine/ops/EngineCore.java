package io.mqharness.mock.engine.ops;

import io.mqharness.mock.engine.state.Topic;
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
public final class EngineCore {
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
    lock.lock();
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
