package io.mqharness.reports.page;

import io.mqharness.reports.history.RunHistory;
import io.mqharness.reports.history.RunRecord;
import io.mqharness.reports.summary.Capacity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The capacity searches in history: every run whose summary carries {@code capacity}, whatever its
 * simulation is called. The page shows the latest of each variant in full and the earlier ones
 * folded.
 */
final class CapacityRuns {

  private CapacityRuns() {}

  /** The capacity runs, oldest first. */
  static List<RunRecord> of(RunHistory history) {
    return history.runs().stream().filter(CapacityRuns::isCapacityRun).toList();
  }

  static boolean isCapacityRun(RunRecord run) {
    return run.summary() != null && run.summary().capacity() != null;
  }

  static Capacity capacity(RunRecord run) {
    return run.summary().capacity();
  }

  /** The latest run of each variant ({@code publish}, {@code endToEnd}, ...), newest first. */
  static List<RunRecord> latestOfEachVariant(List<RunRecord> capacityRuns) {
    Set<String> seen = new HashSet<>();
    List<RunRecord> latest = new ArrayList<>();
    for (int i = capacityRuns.size() - 1; i >= 0; i--) {
      RunRecord run = capacityRuns.get(i);
      if (seen.add(variant(run))) {
        latest.add(run);
      }
    }
    return latest;
  }

  /**
   * The variant as the page names it: {@code publish}, {@code end to end}, or the summary's own
   * word.
   */
  static String variantLabel(RunRecord run) {
    if (capacity(run).endToEndVariant()) {
      return "end to end";
    }
    String variant = capacity(run).variant();
    return variant == null || variant.isBlank() ? "publish" : variant;
  }

  private static String variant(RunRecord run) {
    String variant = capacity(run).variant();
    return variant == null ? "" : variant.toLowerCase(Locale.ROOT);
  }
}
