package io.mqharness.mock.bench;

import java.io.PrintStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/** Prints a bench run: absolute figures, the ratios to the static stub measured in the same run, the targets. */
final class Report {
  private final PrintStream out;

  Report(PrintStream out) {
    this.out = out;
  }

  void print(BenchFigures f) {
    BenchConfig c = f.config();
    out.println();
    out.println("== MQ simulator bench, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    out.printf("machine: %d cores, %s %s; bench JVM: Java %s; server JVMs: %s (%s threads)%n", f.cores(),
        System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
        f.simulatorJdk(), f.virtualThreads() ? "virtual" : "platform");
    out.printf("load: %d workers, one keep-alive connection each, 127.0.0.1; simulator --journal-entries %d,"
        + " second simulator with the jar's default journal%n", c.workers(), c.journalEntries());
    if (!f.stubRounds().isEmpty()) {
      printLoad(f);
    }
    if (f.longPoll() != null) {
      LongPollResult lp = f.longPoll();
      out.printf("3. long poll: %d consumers opened in %.1f s, %d seen waiting; publish-to-receive over %d samples:%n",
          lp.consumers(), lp.openSeconds(), lp.seenWaiting(), lp.latencies().count());
      out.printf("   p50 %.2f ms  p99 %.2f ms  max %.2f ms  (target p99 < 5 ms: %s)%n", lp.latencies().percentile(50),
          lp.latencies().percentile(99), lp.latencies().max(), verdict(lp.latencies().percentile(99) < 5));
      out.printf("   released with a message: %d, empty or failed: %d, still waiting at the end: %d%n", lp.released(),
          lp.emptyOrFailed(), lp.stillWaiting());
    }
    if (f.memory() != null) {
      MemoryResult m = f.memory();
      out.printf("4. memory (-Xmx1g, in-process engine): %,d messages of %d-byte bodies retained %,d;%n",
          m.messages(), 100, m.retained());
      out.printf("   used heap after GC %.0f MiB (empty engine %.0f MiB), %.0f bytes/message, published in %.1f s"
          + "  (target < 1024 MiB: %s)%n", m.usedMiB(), m.beforeBytes() / 1048576.0, m.bytesPerMessage(),
          m.publishMillis() / 1000.0, verdict(m.retained() == m.messages() && m.usedMiB() < 1024));
    }
    if (f.crowd() != null) {
      WaitingCrowdResult w = f.crowd();
      out.printf("6. waiting crowd: %,d consumers (waitseconds=%d) opened in %.1f s, %,d seen waiting at once;%n",
          w.consumers(), w.waitTime().toSeconds(), w.openSeconds(), w.seenWaiting());
      out.printf("   publishes to another topic meanwhile: %d, p50 %.2f ms  p99 %.2f ms  max %.2f ms;%n",
          w.publishes().count(), w.publishes().percentile(50), w.publishes().percentile(99), w.publishes().max());
      out.printf("   polls answered within wait + %d s: %,d (MessageNotExist %,d), late %,d, unanswered or failed %,d,"
          + " largest overrun %.0f ms; still waiting at the end: %d%n", w.onTime().toSeconds(), w.answeredOnTime(),
          w.messageNotExist(), w.late(), w.unanswered(), w.maxOverrunMillis(), w.stillWaiting());
      out.printf("   simulator CPU over the phase: %.1f s in %.1f s%n", w.simulatorCpuSeconds(), w.phaseSeconds());
      out.printf("   (target: all waiting at once, all answered in time, publish p99 < 50 ms: %s)%n",
          verdict(w.met(50)));
    }
    long errors = Stream.of(f.stubRounds(), f.publishRounds(), f.journalRounds(), f.consumeRounds())
        .flatMap(List::stream).mapToLong(LoadResult::errors).sum();
    out.println();
    out.println("errors: " + errors + firstError(f));
  }

  private void printLoad(BenchFigures f) {
    out.println();
    out.printf("%-40s%s   median%n", "", rounds(f.stubRounds().size()));
    row("static stub            requests/s", f.stubRounds(), LoadResult::requestsPerSecond, f.stubRequestsPerSecond());
    row("simulator publish      messages/s", f.publishRounds(), LoadResult::messagesPerSecond,
        f.publishMessagesPerSecond());
    pairedRow("publish / static stub, same round", f.publishRounds(), f.stubRounds(), LoadResult::requestsPerSecond);
    row("  with default journal messages/s", f.journalRounds(), LoadResult::messagesPerSecond,
        f.journalPublishMessagesPerSecond());
    pairedRow("default journal / off, same round", f.journalRounds(), f.publishRounds(), LoadResult::messagesPerSecond);
    row("simulator consume+ack  messages/s", f.consumeRounds(), LoadResult::messagesPerSecond,
        f.consumeAckMessagesPerSecond());
    row("simulator consume+ack  requests/s", f.consumeRounds(), LoadResult::requestsPerSecond,
        median(f.consumeRounds(), LoadResult::requestsPerSecond));
    row("messages drained per round", f.consumeRounds(), r -> r.messages(), median(f.consumeRounds(), r -> r.messages()));
    out.println();
    out.printf("1. publish messages/s / static stub requests/s       %.2f  (target >= 0.70: %s)%n", f.publishRatio(),
        verdict(f.publishRatio() >= 0.7));
    out.printf("2. consume+ack messages/s / static stub requests/s   %.2f  (target >= 0.50: %s)%n",
        f.consumeAckRatio(), verdict(f.consumeAckRatio() >= 0.5));
    out.printf("5. publish, default journal / journal off            %.2f  (target >= 0.90: %s)%n", f.journalRatio(),
        verdict(f.journalRatio() >= 0.9));
  }

  private void pairedRow(String label, List<LoadResult> over, List<LoadResult> under, ToDoubleFunction<LoadResult> base) {
    StringBuilder paired = new StringBuilder(String.format("%-40s", label));
    for (int i = 0; i < over.size(); i++) {
      paired.append(String.format("%9.2f", over.get(i).messagesPerSecond() / base.applyAsDouble(under.get(i))));
    }
    out.println(paired);
  }

  private void row(String label, List<LoadResult> rounds, ToDoubleFunction<LoadResult> figure, double median) {
    StringBuilder line = new StringBuilder(String.format("%-40s", label));
    rounds.forEach(r -> line.append(String.format("%9.0f", figure.applyAsDouble(r))));
    out.println(line.append(String.format("  %7.0f", median)));
  }

  private static double median(List<LoadResult> rounds, ToDoubleFunction<LoadResult> figure) {
    double[] sorted = rounds.stream().mapToDouble(figure).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static String rounds(int n) {
    StringBuilder header = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      header.append(String.format("%9s", "round " + i));
    }
    return header.toString();
  }

  private static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }

  private static String firstError(BenchFigures f) {
    return Stream.of(f.stubRounds(), f.publishRounds(), f.journalRounds(), f.consumeRounds()).flatMap(List::stream)
        .map(LoadResult::firstError).filter(e -> e != null).findFirst().map(e -> " (first: " + e + ")").orElse("");
  }
}
