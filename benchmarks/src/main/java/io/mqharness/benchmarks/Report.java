package io.mqharness.benchmarks;

import java.io.PrintStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Prints a bench run: each phase's absolute figures, its ratio to the baseline measured in the same
 * run (the figures move with the machine's load, the ratios much less), and its target, met or
 * MISSED.
 */
final class Report {
  private final PrintStream out;

  Report(PrintStream out) {
    this.out = out;
  }

  void print(BenchFigures f) {
    out.println();
    out.println(
        "== MQ simulator JVM bench, "
            + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    out.printf(
        "machine: %d cores, %s %s; bench JVM: Java %s; simulator JVM: %s (%s threads); journal off%n",
        f.cores(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"),
        f.simulatorJdk(),
        f.virtualThreads() ? "virtual" : "platform");
    if (f.longPoll() != null) {
      printLongPoll(f.longPoll(), f.longPollBaseline());
    }
    if (f.crowd() != null) {
      printCrowd(f.crowd(), f.crowdBaseline());
    }
    if (f.memory() != null) {
      printMemory(f.memory());
    }
  }

  private void printLongPoll(LongPollResult lp, Latencies baseline) {
    out.printf(
        "1. long poll: %d consumers opened in %.1f s, %d seen waiting; publish-to-receive over %d samples:%n",
        lp.consumers(), lp.openSeconds(), lp.seenWaiting(), lp.latencies().count());
    out.printf(
        "   wake-up         p50 %.2f ms  p99 %.2f ms  max %.2f ms  (target p99 < 5 ms: %s)%n",
        lp.latencies().percentile(50),
        lp.latencies().percentile(99),
        lp.latencies().max(),
        verdict(lp.latencies().percentile(99) < 5));
    out.printf(
        "   baseline        p50 %.2f ms  p99 %.2f ms  max %.2f ms  (publish round trip, nobody waiting)%n",
        baseline.percentile(50), baseline.percentile(99), baseline.max());
    out.printf(
        "   wake-up / baseline: p50 %.2f  p99 %.2f%n",
        lp.latencies().percentile(50) / baseline.percentile(50),
        lp.latencies().percentile(99) / baseline.percentile(99));
    out.printf(
        "   released with a message: %d, empty or failed: %d, still waiting at the end: %d%n",
        lp.released(), lp.emptyOrFailed(), lp.stillWaiting());
  }

  private void printCrowd(WaitingCrowdResult w, Latencies baseline) {
    out.printf(
        "2. waiting crowd: %,d consumers (waitseconds=%d) opened in %.1f s, %,d seen waiting at once;%n",
        w.consumers(), w.waitTime().toSeconds(), w.openSeconds(), w.seenWaiting());
    out.printf(
        "   publishes meanwhile: %d, p50 %.2f ms  p99 %.2f ms  max %.2f ms;%n",
        w.publishes().count(),
        w.publishes().percentile(50),
        w.publishes().percentile(99),
        w.publishes().max());
    out.printf(
        "   baseline (nobody waiting): %d, p50 %.2f ms  p99 %.2f ms;  with crowd / without: p50 %.2f  p99 %.2f%n",
        baseline.count(),
        baseline.percentile(50),
        baseline.percentile(99),
        w.publishes().percentile(50) / baseline.percentile(50),
        w.publishes().percentile(99) / baseline.percentile(99));
    out.printf(
        "   polls answered within wait + %d s: %,d (MessageNotExist %,d), late %,d, unanswered or failed %,d,"
            + " largest overrun %.0f ms; still waiting at the end: %d%n",
        w.onTime().toSeconds(),
        w.answeredOnTime(),
        w.messageNotExist(),
        w.late(),
        w.unanswered(),
        w.maxOverrunMillis(),
        w.stillWaiting());
    out.printf(
        "   simulator CPU over the phase: %.1f s in %.1f s%n",
        w.simulatorCpuSeconds(), w.phaseSeconds());
    out.printf(
        "   (target: all waiting at once, all answered in time, publish p99 < 50 ms: %s)%n",
        verdict(w.met(50)));
  }

  private void printMemory(MemoryResult m) {
    out.printf(
        "3. memory (-Xmx1g, in-process engine): %,d messages of %d-byte bodies retained %,d;%n",
        m.messages(), MemoryProbe.BODY_LENGTH, m.retained());
    out.printf(
        "   used heap after GC %.0f MiB (empty engine %.0f MiB), %.0f bytes/message = %.1f x the body,"
            + " published in %.1f s  (target < 1024 MiB: %s)%n",
        m.usedMiB(),
        m.beforeBytes() / 1048576.0,
        m.bytesPerMessage(),
        m.bytesPerMessage() / MemoryProbe.BODY_LENGTH,
        m.publishMillis() / 1000.0,
        verdict(m.retained() == m.messages() && m.usedMiB() < 1024));
  }

  private static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }
}
