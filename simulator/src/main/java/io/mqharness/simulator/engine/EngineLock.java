package io.mqharness.simulator.engine;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The engine's one lock: every read and change of its state happens under it. {@link EngineCore}
 * frames each operation with it; {@link LongPolls} takes it alone to withdraw a cancelled wait.
 *
 * <p>Operations hold the lock for a few microseconds, far less than parking and waking a thread
 * costs; with many request threads on few cores, parking at once turns every release into a wake-up
 * (a lock convoy). So acquiring spins a little first, which lets most waiters take the lock while
 * they still run.
 */
final class EngineLock {
  private static final int SPINS = 200;

  private final ReentrantLock lock = new ReentrantLock();

  /** Blocks until the calling thread holds the lock (reentrant). */
  void lock() {
    for (int i = 0; i < SPINS; i++) {
      if (lock.tryLock()) {
        return;
      }
      Thread.onSpinWait();
    }
    lock.lock();
  }

  void unlock() {
    lock.unlock();
  }

  /**
   * Runs {@code action} under the lock and nothing else: no deadlines run, no waiters are served.
   */
  <T> T guard(Supplier<T> action) {
    lock();
    try {
      return action.get();
    } finally {
      unlock();
    }
  }
}
