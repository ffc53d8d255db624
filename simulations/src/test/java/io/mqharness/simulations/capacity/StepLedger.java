package io.mqharness.simulations.capacity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What happened in each step of a capacity search, from the moment the first step began ({@code
 * startNanos}, {@link System#nanoTime()}): publishes are kept by the step they started in (count,
 * errors, response times in µs, HdrHistogram with 3 significant digits), answers OK by the 10 ms in
 * which they came, consumed messages and their end-to-end latencies by the step window of their
 * consume. Thread-safe; steps are numbered from 0 here.
 */
final class StepLedger {
  /** Answers are counted per 10 ms. */
  private static final long BUCKET_NANOS = 10_000_000L;

  /**
   * Answers up to a minute after the plan's end are told apart; later ones share the last bucket.
   */
  private static final long AFTER_PLAN_MILLIS = 60_000;

  private final StepPlan plan;
  private final long startNanos;
  private final AtomicLongArray started;
  private final AtomicLongArray answered;
  private final AtomicLongArray errors;
  private final AtomicLongArray okAnswers;
  private final AtomicLongArray consumedInWindow;
  private final ConcurrentHistogram[] responseMicros;
  private final ConcurrentHistogram[] endToEndMillis;
  private final AtomicLong publishedOk = new AtomicLong();
  private final AtomicLong consumed = new AtomicLong();

  StepLedger(StepPlan plan, long startNanos) {
    this.plan = plan;
    this.startNanos = startNanos;
    int windows = plan.size() + 1; // the last one: after the plan ended
    started = new AtomicLongArray(windows);
    answered = new AtomicLongArray(windows);
    errors = new AtomicLongArray(windows);
    okAnswers =
        new AtomicLongArray(
            (int) ((plan.total().toMillis() + AFTER_PLAN_MILLIS) * 1_000_000 / BUCKET_NANOS) + 1);
    consumedInWindow = new AtomicLongArray(windows);
    responseMicros =
        IntStream.range(0, windows)
            .mapToObj(i -> new ConcurrentHistogram(3))
            .toArray(ConcurrentHistogram[]::new);
    endToEndMillis =
        IntStream.range(0, windows)
            .mapToObj(i -> new ConcurrentHistogram(3))
            .toArray(ConcurrentHistogram[]::new);
  }

  /** The step window {@code nanos} falls in: 0 .. size-1, or size after the plan's end. */
  int stepAt(long nanos) {
    long index = Math.max(0, (nanos - startNanos) / 1_000_000 / plan.stepMillis());
    return (int) Math.min(index, plan.size());
  }

  /** When step {@code index} ends, in {@link System#nanoTime()} terms. */
  long endNanos(int index) {
    return startNanos + (index + 1) * plan.stepMillis() * 1_000_000;
  }

  private int bucketAt(long nanos) {
    return (int) Math.min(Math.max(0, (nanos - startNanos) / BUCKET_NANOS), okAnswers.length() - 1);
  }

  /**
   * Answers OK from {@code fromNanos} (included) to {@code toNanos} (excluded), to the nearest 10
   * ms.
   */
  private long okAnswersBetween(long fromNanos, long toNanos) {
    long sum = 0;
    for (int bucket = bucketAt(fromNanos); bucket < bucketAt(toNanos); bucket++) {
      sum += okAnswers.get(bucket);
    }
    return sum;
  }

  void started(int step) {
    started.incrementAndGet(step);
  }

  /** A publish of {@code step} answered at {@code nowNanos} after {@code micros} µs, OK or not. */
  void answered(int step, long micros, boolean ok, long nowNanos) {
    responseMicros[step].recordValue(Math.max(0, micros));
    answered.incrementAndGet(step);
    if (ok) {
      publishedOk.incrementAndGet();
      okAnswers.incrementAndGet(bucketAt(nowNanos));
    } else {
      errors.incrementAndGet(step);
    }
  }

  /**
   * A consumer received {@code count} messages at {@code nowNanos}, with these end-to-end latencies
   * in ms.
   */
  void consumed(int count, long[] endToEndMillisOfEach, long nowNanos) {
    int window = stepAt(nowNanos);
    consumed.addAndGet(count);
    consumedInWindow.addAndGet(window, count);
    for (long millis : endToEndMillisOfEach) {
      endToEndMillis[window].recordValue(Math.max(0, millis));
    }
  }

  /** Publishes steps 0 to {@code index} (included) started, whichever step window each fell in. */
  long startedThrough(int index) {
    long sum = 0;
    for (int i = 0; i <= index; i++) {
      sum += started.get(i);
    }
    return sum;
  }

  /** Publishes step {@code index} started (0 when it never began). */
  long startedIn(int index) {
    return started.get(index);
  }

  /**
   * The figures of step {@code index} at {@code nowNanos} (not judged yet). A publish of the step
   * still unanswered then counts in its percentiles as the time since the step ended, a lower bound
   * of its response time. The achieved rate is the answers OK in a window as long as the step that
   * begins the step's median response time after it: a steady target answers there what the step
   * offered (answers to the step's first publishes are in it, and none of the previous step's), a
   * saturated one what it can. {@code endToEnd}: whether to fill in the consumer's figures.
   */
  StepFigures measure(int index, long nowNanos, boolean endToEnd) {
    double seconds = plan.stepMillis() / 1000.0;
    long requests = started.get(index);
    Histogram times = responseMicros[index].copy();
    long unanswered = requests - answered.get(index);
    if (unanswered > 0) {
      times.recordValueWithCount(Math.max(0, (nowNanos - endNanos(index)) / 1_000), unanswered);
    }
    boolean any = times.getTotalCount() > 0;
    long errorCount = errors.get(index);
    Double consumedRate = null;
    Long lag = null;
    Double e2eP50 = null;
    Double e2eP99 = null;
    if (endToEnd) {
      consumedRate = Numbers.round1(consumedInWindow.get(index) / seconds);
      lag = Math.max(0, publishedOk.get() - consumed.get());
      Histogram e2e = endToEndMillis[index].copy();
      if (e2e.getTotalCount() > 0) {
        e2eP50 = (double) e2e.getValueAtPercentile(50);
        e2eP99 = (double) e2e.getValueAtPercentile(99);
      }
    }
    long median = any ? times.getValueAtPercentile(50) * 1_000 : 0;
    long windowStart = endNanos(index) - plan.stepMillis() * 1_000_000 + median;
    long achieved = okAnswersBetween(windowStart, Math.min(nowNanos, endNanos(index) + median));
    return new StepFigures(
        index + 1,
        plan.rate(index),
        Numbers.round1(achieved / seconds),
        requests,
        errorCount,
        requests == 0 ? 0 : Math.round(errorCount * 100.0 / requests * 100) / 100.0,
        any ? millis(times.getValueAtPercentile(50)) : 0,
        any ? millis(times.getValueAtPercentile(99)) : 0,
        consumedRate,
        lag,
        e2eP50,
        e2eP99,
        false,
        null);
  }

  /**
   * {@code micros} in ms, to the histogram's 3 significant digits and at most 0.1 ms: 900.1 → 900,
   * 0.412 → 0.4.
   */
  private static double millis(long micros) {
    return Numbers.round1(
        new BigDecimal(micros).movePointLeft(3).round(new MathContext(3)).doubleValue());
  }

  long publishedOk() {
    return publishedOk.get();
  }

  long consumed() {
    return consumed.get();
  }
}
