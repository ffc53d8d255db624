package io.mqharness.simulations.faults;

import io.mqharness.simulations.settings.Parameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The faults a run injects, from {@code mq.faults} (or {@code MQ_FAULTS}). The syntax:
 *
 * <pre>
 * faults    = fault ("," fault)*
 * fault     = kind (":" part)* ["@" window]
 * kind      = "error500" | "delay" | "reset"
 * part      = share | duration | operation          (in any order)
 * share     = number "%"                             (default 100 %)
 * duration  = number ("ms" | "s")                    (delay only, and required there)
 * operation = "publish" | "consume" | "ack" | "decide" | "any"   (default any)
 * window    = time "-" [time]                        (from the measured load's start; no end: to the run's end)
 * time      = number ("s" | "m" | "ms")
 * </pre>
 *
 * e.g. {@code error500:10%:publish@20s-40s,delay:1500ms:5%,reset:2%:ack@30s-}. Without a window a
 * fault lasts the whole run (from the end of the warm-up to the end of the drain).
 */
public final class FaultPlan {
  private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|%)");

  private final List<Fault> faults;

  private FaultPlan(List<Fault> faults) {
    this.faults = List.copyOf(faults);
  }

  /** No faults. */
  public static FaultPlan none() {
    return new FaultPlan(List.of());
  }

  /**
   * {@code mq.faults} as given, or no faults. @throws IllegalArgumentException when it cannot be
   * read
   */
  public static FaultPlan from(Parameters parameters) {
    return parse(parameters.text("mq.faults", ""));
  }

  /**
   * The faults of {@code text} (blank: none), in the order given, which is also the order a request
   * tries them in.
   *
   * @throws IllegalArgumentException naming the fault and what is wrong with it
   */
  public static FaultPlan parse(String text) {
    List<Fault> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return none();
    }
    for (String one : text.split(",")) {
      String fault = one.trim();
      try {
        out.add(fault(fault));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("mq.faults: \"" + fault + "\": " + e.getMessage(), e);
      }
    }
    return new FaultPlan(out);
  }

  private static Fault fault(String text) {
    String spec = text.toLowerCase(Locale.ROOT);
    int at = spec.indexOf('@');
    String head = at < 0 ? spec : spec.substring(0, at);
    String[] parts = head.split(":");
    FaultKind kind = FaultKind.of(parts[0].trim());
    double percent = 100;
    Duration delay = null;
    Operation operation = Operation.ANY;
    boolean shareGiven = false;
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].trim();
      Operation named = Operation.named(part);
      if (named != null) {
        operation = named;
        continue;
      }
      Matcher m = NUMBER_WITH_UNIT.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "\""
                + part
                + "\" is neither a share (10%), a delay (1500ms) nor an operation"
                + " (publish, consume, ack, decide, any)");
      }
      double value = Double.parseDouble(m.group(1));
      if (m.group(2).equals("%")) {
        if (shareGiven || value > 100) {
          throw new IllegalArgumentException(shareGiven ? "two shares" : "a share above 100 %");
        }
        shareGiven = true;
        percent = value;
      } else {
        if (delay != null) {
          throw new IllegalArgumentException("two delays");
        }
        delay = duration(value, m.group(2));
      }
    }
    if (kind == FaultKind.DELAY && (delay == null || delay.isZero())) {
      throw new IllegalArgumentException("a delay fault needs its delay, e.g. delay:1500ms");
    }
    if (kind != FaultKind.DELAY && delay != null) {
      throw new IllegalArgumentException("only a delay fault takes a duration");
    }
    Duration from = Duration.ZERO;
    Optional<Duration> to = Optional.empty();
    if (at >= 0) {
      String window = spec.substring(at + 1).trim();
      int dash = window.indexOf('-');
      if (dash < 0) {
        throw new IllegalArgumentException(
            "the window \"" + window + "\" needs a dash: 20s-40s, or 30s- for to the end");
      }
      from = time(window.substring(0, dash));
      String end = window.substring(dash + 1).trim();
      if (!end.isEmpty()) {
        to = Optional.of(time(end));
        if (to.get().compareTo(from) <= 0) {
          throw new IllegalArgumentException("the window ends before it starts");
        }
      }
    }
    return new Fault(
        text, kind, percent, delay == null ? Duration.ZERO : delay, operation, from, to);
  }

  /**
   * Refuses a window that does not fit in a measured run of {@code runLength} (from the measured
   * load's start to the end of the drain): one that starts at or after its end, or ends after it,
   * would inject nothing or less than asked, without a word.
   *
   * @throws IllegalArgumentException naming the fault, its window and the run's length
   */
  public void requireWithin(Duration runLength) {
    for (Fault fault : faults) {
      String where = "mq.faults: \"" + fault.text() + "\": the window " + fault.window();
      String run =
          " the run's "
              + seconds(runLength)
              + " (mq.durationSeconds + mq.drainSeconds, from the end of the"
              + " warm-up)";
      if (fault.from().compareTo(runLength) >= 0) {
        throw new IllegalArgumentException(where + " starts after" + run + " ends");
      }
      if (fault.to().isPresent() && fault.to().get().compareTo(runLength) > 0) {
        throw new IllegalArgumentException(
            where
                + " ends after"
                + run
                + ": end it by "
                + seconds(runLength)
                + " or leave its end out (to the end of the run)");
      }
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
  }

  private static Duration time(String text) {
    Matcher m = NUMBER_WITH_UNIT.matcher(text.trim());
    if (!m.matches() || m.group(2).equals("%")) {
      throw new IllegalArgumentException("\"" + text + "\" is not a time such as 20s, 2m or 500ms");
    }
    return duration(Double.parseDouble(m.group(1)), m.group(2));
  }

  private static Duration duration(double value, String unit) {
    return Duration.ofMillis(
        Math.round(
            value
                * switch (unit) {
                  case "ms" -> 1;
                  case "s" -> 1_000;
                  default -> 60_000;
                }));
  }

  public List<Fault> faults() {
    return faults;
  }

  public boolean isEmpty() {
    return faults.isEmpty();
  }

  /**
   * The longest delay of a {@code delay} fault (zero without one): it adds to the latency
   * threshold.
   */
  public Duration longestDelay() {
    return faults.stream()
        .filter(f -> f.kind() == FaultKind.DELAY)
        .map(Fault::delay)
        .max(Duration::compareTo)
        .orElse(Duration.ZERO);
  }
}
