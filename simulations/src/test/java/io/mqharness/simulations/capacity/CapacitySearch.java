package io.mqharness.simulations.capacity;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A capacity search as it runs: it begins with the first publish of the first step, judges each
 * step {@link CapacitySettings#judgeDelay()} after the step's end (on a thread of its own), prints
 * it, and stops judging at the first step that breaks the objective, which {@link #stopReason()}
 * then names so that the load can stop. A step during which the request cap was reached is not
 * judged by the objective: it is listed as cut short, and the search stops there. {@link #finish()}
 * judges what is left when the run ends; {@link #result()} is the capacity found.
 */
public final class CapacitySearch {
  private final CapacitySettings settings;
  private final PrintStream out;
  private final Supplier<Optional<String>> capReached;
  private final List<StepFigures> judged = new ArrayList<>();
  private volatile StepLedger ledger;
  private volatile String stopReason;
  private ScheduledExecutorService judge;
  private boolean finished;

  /**
   * {@code out}: where each step's line goes as it is judged; {@code capReached}: the request cap's
   * words once it is reached (e.g. {@code the request cap of 20000 requests was reached}), empty
   * before.
   */
  public CapacitySearch(
      CapacitySettings settings, PrintStream out, Supplier<Optional<String>> capReached) {
    this.settings = settings;
    this.out = out;
    this.capReached = capReached;
  }

  /**
   * A publish is about to start at {@code nowNanos} ({@link System#nanoTime()}); the first one
   * begins the search. Returns the index (from 0) of the step it belongs to.
   */
  public int publishing(long nowNanos) {
    StepLedger current = ledger == null ? begin(nowNanos) : ledger;
    int step = Math.min(current.stepAt(nowNanos), settings.plan().size() - 1);
    current.started(step);
    return step;
  }

  private synchronized StepLedger begin(long nowNanos) {
    if (ledger == null) {
      StepLedger started = new StepLedger(settings.plan(), nowNanos);
      judge =
          Executors.newSingleThreadScheduledExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "capacity-judge");
                thread.setDaemon(true);
                return thread;
              });
      long delayMillis = settings.judgeDelay().toMillis();
      for (int i = 0; i < settings.plan().size(); i++) {
        int index = i;
        judge.schedule(
            () -> judgeOnTime(index),
            (i + 1) * settings.plan().stepMillis() + delayMillis,
            TimeUnit.MILLISECONDS);
      }
      ledger = started;
    }
    return ledger;
  }

  /**
   * The publish of step {@code step} that started at {@code startedNanos} was answered at {@code
   * nowNanos}.
   */
  public void answered(int step, long startedNanos, long nowNanos, boolean ok) {
    ledger.answered(step, (nowNanos - startedNanos) / 1_000, ok, nowNanos);
  }

  /**
   * A consumer received {@code count} messages at {@code nowNanos}; {@code endToEndMillis}: each
   * one's latency.
   */
  public void consumed(int count, long[] endToEndMillis, long nowNanos) {
    StepLedger current = ledger;
    if (current != null) {
      current.consumed(count, endToEndMillis, nowNanos);
    }
  }

  /** Why the load must stop (a step broke the objective), or null while it may go on. */
  public String stopReason() {
    return stopReason;
  }

  public boolean stopped() {
    return stopReason != null;
  }

  private synchronized void judgeOnTime(int index) {
    if (!finished && stopReason == null && judged.size() == index) {
      record(verdict(ledger, index, System.nanoTime(), false));
    }
  }

  private void record(StepFigures step) {
    judged.add(step);
    out.println("   " + step.line());
    out.flush();
    if (!step.held()) {
      stopReason = "step " + step.index() + " broke the objective: " + step.reason();
    }
  }

  /**
   * The run ended: judges the steps that ran to their end and were not judged yet; a step that
   * began but was cut short (by the request cap, or by {@code mq.maxDurationSeconds}) is listed as
   * such and ends the search.
   */
  public synchronized void finish() {
    if (finished) {
      return;
    }
    finished = true;
    if (judge != null) {
      judge.shutdownNow();
    }
    StepLedger current = ledger;
    if (current == null) {
      return;
    }
    long now = System.nanoTime();
    for (int i = judged.size(); i < settings.plan().size() && stopReason == null; i++) {
      if (current.startedIn(i) == 0) {
        break;
      }
      record(verdict(current, i, now, true));
    }
  }

  /**
   * Step {@code index} judged by the objective, unless it was cut short: the request cap was
   * reached and this is the last step that published (the next one never did, or there is none), or
   * the run ended ({@code runEnded}) before the step's time was over and before Gatling had started
   * every publish the plan gives it and the steps before it. The search is dated from its first
   * publish, which a cold start delays: Gatling ends the run with the last step's last publish, a
   * little before that step's time is over by this date, although it ran in full.
   */
  private StepFigures verdict(StepLedger current, int index, long now, boolean runEnded) {
    StepFigures measured = current.measure(index, now, endToEnd());
    boolean lastToPublish =
        index + 1 == settings.plan().size() || current.startedIn(index + 1) == 0;
    Optional<String> cap = capReached.get();
    // One publish of tolerance: Gatling rounds a step's rate x seconds to whole users.
    boolean injectedInFull =
        current.startedThrough(index) >= settings.plan().plannedPublishesThrough(index) - 1;
    boolean cutShort =
        cap.isPresent() && lastToPublish
            || runEnded && now < current.endNanos(index) && !injectedInFull;
    if (!cutShort) {
      return withLoadGeneratorNote(settings.objective().judge(measured));
    }
    return measured.judged(
        false,
        "cut short: " + cap.orElse("the run ended before the step did (mq.maxDurationSeconds)"));
  }

  /**
   * A broken step whose publishes did not even start at the offered rate says so: the load
   * generator (Gatling, on a machine it may share with the target) fell behind, and may be what
   * broke it.
   */
  private StepFigures withLoadGeneratorNote(StepFigures step) {
    long planned = Math.round(step.offeredPerSecond() * settings.plan().stepMillis() / 1000.0);
    if (step.held() || step.requests() >= settings.objective().minAchievedRatio() * planned) {
      return step;
    }
    return step.judged(
        false,
        step.reason()
            + " (the load generator started only "
            + step.requests()
            + " of "
            + planned
            + " publishes: it may be the bottleneck)");
  }

  /** Every step judged so far, in order. */
  public synchronized List<StepFigures> steps() {
    return List.copyOf(judged);
  }

  /**
   * The capacity found: the highest step that held (all zero when none did), where and why the
   * search stopped.
   */
  public synchronized CapacityFigures result() {
    Optional<StepFigures> best = judged.stream().filter(StepFigures::held).reduce((a, b) -> b);
    Optional<StepFigures> broke = judged.stream().filter(step -> !step.held()).findFirst();
    boolean endToEnd = endToEnd();
    double last = settings.plan().rate(settings.plan().size() - 1);
    String why =
        broke
            .map(StepFigures::reason)
            .orElse(
                judged.size() == settings.plan().size()
                    ? "reached the maximum rate " + Numbers.rate(last) + "/s"
                    : judged.isEmpty()
                        ? "no step ran"
                        : "the run ended after step " + judged.size());
    return new CapacityFigures(
        settings.variant().word(),
        best.map(StepFigures::achievedPerSecond).orElse(0.0),
        endToEnd ? best.map(StepFigures::consumedPerSecond).orElse(0.0) : null,
        best.map(StepFigures::offeredPerSecond).orElse(0.0),
        best.map(StepFigures::p99Ms).orElse(0.0),
        settings.objective(),
        broke.map(StepFigures::index).orElse(null),
        why);
  }

  /** Messages published OK and consumed over the search (not the warm-up's). */
  public long publishedOk() {
    return ledger == null ? 0 : ledger.publishedOk();
  }

  public long consumed() {
    return ledger == null ? 0 : ledger.consumed();
  }

  private boolean endToEnd() {
    return settings.variant() == Variant.END_TO_END;
  }
}
