package io.mqharness.reports.page;

import io.mqharness.reports.history.RunHistory;
import io.mqharness.reports.history.RunRecord;
import io.mqharness.reports.summary.Soak;
import java.util.List;
import java.util.Locale;

/**
 * The soak runs in history: every run whose summary carries {@code soak}, oldest first; and their
 * verdicts in words.
 */
final class SoakRuns {

  private SoakRuns() {}

  static List<RunRecord> of(RunHistory history) {
    return history.runs().stream()
        .filter(run -> run.summary() != null && run.summary().soak() != null)
        .toList();
  }

  /**
   * The verdict in a line: {@code held: heap, threads and connections flat over 15 min} or {@code
   * FAILED: heap grows 310.3 KB/s (t = 214)}.
   */
  static String headline(Soak soak) {
    List<Soak.Trend> growing =
        soak.trends().stream().filter(t -> Boolean.TRUE.equals(t.grows())).toList();
    if (!growing.isEmpty()) {
      return "grows: " + String.join("; ", growing.stream().map(SoakRuns::slope).toList());
    }
    if (soak.trends().isEmpty()) {
      return "no trend judged";
    }
    String series = String.join(", ", soak.trends().stream().map(Soak.Trend::series).toList());
    return "flat: " + series + " (judged over " + window(soak) + ")";
  }

  /** One trend's slope and t statistic in words, e.g. {@code heap 310.3 KB/s (t = 214.5)}. */
  static String slope(Soak.Trend trend) {
    return trend.series()
        + " "
        + amount(trend.slopePerSecond(), trend.unit())
        + "/s (t = "
        + (trend.tStatistic() == null
            ? "–"
            : trend.tStatistic().isInfinite()
                ? "inf"
                : String.format(Locale.ROOT, "%.1f", trend.tStatistic()))
        + ")";
  }

  /** An amount of a series' unit: bytes as KB or MB, anything else as it is. */
  static String amount(Double value, String unit) {
    if (value == null) {
      return "–";
    }
    if (!"bytes".equals(unit)) {
      return String.format(Locale.ROOT, "%.2f %s", value, unit == null ? "" : unit).trim();
    }
    double abs = Math.abs(value);
    return abs >= 1 << 20
        ? String.format(Locale.ROOT, "%.1f MB", value / (1 << 20))
        : String.format(Locale.ROOT, "%.1f KB", value / 1024);
  }

  static String window(Soak soak) {
    if (soak.judgedFromSeconds() == null || soak.judgedToSeconds() == null) {
      return "the run";
    }
    return String.format(
        Locale.ROOT, "%.0f–%.0f s", soak.judgedFromSeconds(), soak.judgedToSeconds());
  }
}
