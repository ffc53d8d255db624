package io.mqharness.simulations.faults;

import java.time.Duration;
import java.util.Optional;

/**
 * One fault of {@code mq.faults}: its {@code kind}, the share of the requests it picks ({@code
 * percent}, 0 to 100), its {@code delay} ({@code delay} faults only, else zero), the {@code
 * operation} it is limited to, and its window: from {@code from} after the measured load starts to
 * {@code to} after it (empty: the end of the run). {@code text} is the fault as the user wrote it.
 */
public record Fault(
    String text,
    FaultKind kind,
    double percent,
    Duration delay,
    Operation operation,
    Duration from,
    Optional<Duration> to) {

  /** True when a request of {@code request}'s operation can be picked by this fault. */
  public boolean covers(Operation request) {
    return operation.covers(request);
  }

  /** The window in words: {@code 20 s to 40 s}, {@code 30 s to the end}, {@code the whole run}. */
  public String window() {
    if (from.isZero() && to.isEmpty()) {
      return "the whole run";
    }
    return seconds(from) + " to " + to.map(Fault::seconds).orElse("the end");
  }

  /** The fault in words, e.g. {@code reset of 5 % of ack requests, 20 s to 40 s}. */
  public String describe() {
    String what =
        switch (kind) {
          case ERROR_500 -> "500 answers to";
          case DELAY -> delay.toMillis() + " ms delay on";
          case RESET -> "connection resets of";
        };
    String which = operation == Operation.ANY ? "requests" : operation.word() + " requests";
    return what + " " + Numbers.percent(percent) + " % of " + which + ", " + window();
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
  }

  private static final class Numbers {
    static String percent(double p) {
      return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
    }
  }
}
