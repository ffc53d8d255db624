package io.mqharness.simulations.warmup;

import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * What the warm-up sent: requests, how many failed, and their response times in ms (HdrHistogram, 3
 * significant digits). Its own figures, for the console line that says a warm-up ran; the run's
 * figures never see them.
 */
public final class WarmUpRecorder {
  private final ConcurrentHistogram millis = new ConcurrentHistogram(3);
  private final AtomicLong failed = new AtomicLong();

  /** One warm-up request that took {@code elapsedMillis} and answered as expected or not. */
  public void record(long elapsedMillis, boolean ok) {
    millis.recordValue(Math.max(0, elapsedMillis));
    if (!ok) {
      failed.incrementAndGet();
    }
  }

  public long requests() {
    return millis.getTotalCount();
  }

  public long failed() {
    return failed.get();
  }

  /**
   * e.g. {@code 52 requests (0 failed; p50 4 ms, p99 240 ms, max 260 ms)}, or {@code no request}.
   */
  public String describe() {
    if (requests() == 0) {
      return "no request";
    }
    return requests()
        + " requests ("
        + failed()
        + " failed; p50 "
        + millis.getValueAtPercentile(50)
        + " ms, p99 "
        + millis.getValueAtPercentile(99)
        + " ms, max "
        + millis.getMaxValue()
        + " ms)";
  }
}
