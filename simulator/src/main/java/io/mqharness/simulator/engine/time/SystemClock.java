package io.mqharness.simulator.engine.time;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wall-clock time. Timers run on a small pool of daemon threads, so a forgotten timer never keeps
 * the JVM alive. The only class of the engine that reads the system's time.
 */
public final class SystemClock implements Clock {
  private static final Logger LOG = Logger.getLogger(SystemClock.class.getName());
  private static final AtomicInteger CLOCKS = new AtomicInteger();

  private final ScheduledThreadPoolExecutor timers;

  public SystemClock() {
    int clock = CLOCKS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory daemons =
        task -> {
          Thread t = new Thread(task, "mq-clock-" + clock + "-timer-" + threads.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    timers = new ScheduledThreadPoolExecutor(2, daemons);
    timers.setRemoveOnCancelPolicy(true);
  }

  @Override
  public long nowMillis() {
    return System.currentTimeMillis();
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    Future<?> pending =
        timers.schedule(
            () -> runLogged(task), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    return () -> pending.cancel(false);
  }

  private static void runLogged(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A timer task failed", e);
    }
  }
}
