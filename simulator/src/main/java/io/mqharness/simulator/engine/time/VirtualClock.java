package io.mqharness.simulator.engine.time;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Time that moves only when told to. {@link #advance} walks forward through the due timers in time
 * order and runs each on the calling thread, with "now" set to the timer's own instant; a timer
 * scheduled by a timer that falls within the same advance runs too. Thread-safe: advances are
 * serialised, and timers may be scheduled or cancelled from any thread, including from inside a
 * running timer.
 */
public final class VirtualClock implements Clock {
  private final Object monitor = new Object();
  private final ReentrantLock advancing = new ReentrantLock();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private long nowMillis;
  private long scheduled;

  public VirtualClock(long startEpochMillis) {
    this.nowMillis = startEpochMillis;
  }

  public VirtualClock(Instant start) {
    this(start.toEpochMilli());
  }

  @Override
  public long nowMillis() {
    synchronized (monitor) {
      return nowMillis;
    }
  }

  public Instant now() {
    return Instant.ofEpochMilli(nowMillis());
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    synchronized (monitor) {
      Timer timer = new Timer(nowMillis + Math.max(0, delay.toMillis()), scheduled++, task);
      timers.add(timer);
      return () -> {
        synchronized (monitor) {
          timers.remove(timer);
        }
      };
    }
  }

  /** Moves time forward by {@code step}, running every timer that falls due on the way. */
  public void advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("time only moves forward, got " + step);
    }
    advancing.lock();
    try {
      runUntil(nowMillis() + step.toMillis());
    } finally {
      advancing.unlock();
    }
  }

  /** Moves time forward to {@code epochMillis}; setting it to the past is refused. */
  public void set(long epochMillis) {
    advancing.lock();
    try {
      long now = nowMillis();
      if (epochMillis < now) {
        throw new IllegalArgumentException(
            "time only moves forward: now is " + now + ", asked for " + epochMillis);
      }
      runUntil(epochMillis);
    } finally {
      advancing.unlock();
    }
  }

  public void set(Instant instant) {
    set(instant.toEpochMilli());
  }

  /** Timers scheduled and not yet run nor cancelled. */
  public int pendingTimers() {
    synchronized (monitor) {
      return timers.size();
    }
  }

  private void runUntil(long target) {
    while (true) {
      Timer due;
      synchronized (monitor) {
        Timer next = timers.peek();
        if (next == null || next.at > target) {
          nowMillis = Math.max(nowMillis, target);
          return;
        }
        due = timers.poll();
        nowMillis = Math.max(nowMillis, due.at);
      }
      due.task.run();
    }
  }

  private record Timer(long at, long order, Runnable task) implements Comparable<Timer> {
    @Override
    public int compareTo(Timer other) {
      int byTime = Long.compare(at, other.at);
      return byTime != 0 ? byTime : Long.compare(order, other.order);
    }
  }
}
