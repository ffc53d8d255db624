package io.mqharness.protocol.client;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounds a blocking exchange, the body included, by interrupting the calling thread when its time
 * is up ({@code HttpClient.send} cancels the exchange when interrupted). {@code
 * HttpClient.sendAsync} would bound it without interrupts, but its future completes through the
 * common ForkJoinPool (JDK 25 makes that pool the default even on one or two cores), so a caller
 * whose common pool was busy, e.g. with its own blocking tasks, never saw the answer.
 */
final class ExchangeDeadline {
  private static final ScheduledExecutorService ALARMS = newAlarms();

  private ExchangeDeadline() {}

  /**
   * Almost every alarm is cancelled because its exchange ended in time; removing it at once keeps a
   * busy client from piling up a queue of dead alarms as long as its timeout.
   */
  private static ScheduledExecutorService newAlarms() {
    ScheduledThreadPoolExecutor alarms =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "mq-client-deadline");
              thread.setDaemon(true);
              return thread;
            });
    alarms.setRemoveOnCancelPolicy(true);
    return alarms;
  }

  interface Exchange<T> {
    T run() throws IOException, InterruptedException;
  }

  static <T> T within(Duration limit, Exchange<T> exchange)
      throws IOException, InterruptedException, TimeoutException {
    Watch watch = new Watch(Thread.currentThread());
    ScheduledFuture<?> alarm =
        ALARMS.schedule(watch::expire, limit.toNanos(), TimeUnit.NANOSECONDS);
    try {
      return exchange.run();
    } catch (InterruptedException e) {
      if (watch.finish()) {
        throw e;
      }
      throw new TimeoutException("no answer within " + limit);
    } finally {
      alarm.cancel(false);
      if (!watch.finish()) {
        Thread.interrupted(); // our own interrupt, delivered while or just after the exchange ended
      }
    }
  }

  /** The expiry and the exchange's end exclude each other, so an interrupt is never left behind. */
  private static final class Watch {
    private final Thread caller;
    private boolean finished;
    private boolean expired;

    Watch(Thread caller) {
      this.caller = caller;
    }

    synchronized void expire() {
      if (!finished) {
        expired = true;
        caller.interrupt();
      }
    }

    /** Ends the watch; false when the time ran out first. */
    synchronized boolean finish() {
      finished = true;
      return !expired;
    }
  }
}
