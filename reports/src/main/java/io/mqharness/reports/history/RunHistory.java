package io.mqharness.reports.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every run the index has seen, oldest first. The content of {@code reports/history/runs.json}. */
public record RunHistory(int version, List<RunRecord> runs) {

  /**
   * 2: summaries may carry {@code warmUp}, {@code capacity}, {@code steps} and {@code injectors}. A
   * program that knows only version 1 would drop them when it rewrites the file, so it refuses this
   * one; version 1 is read as is.
   */
  public static final int CURRENT_VERSION = 2;

  public RunHistory {
    runs = runs == null ? List.of() : runs.stream().sorted(OLDEST_FIRST).toList();
  }

  private static final Comparator<RunRecord> OLDEST_FIRST =
      Comparator.comparing(RunRecord::startedAt).thenComparing(RunRecord::id);

  public static RunHistory empty() {
    return new RunHistory(CURRENT_VERSION, List.of());
  }

  /**
   * Adds the runs not seen before and keeps every known run, even when its report directory is
   * gone. A known run gains a summary if it had none: the figures of a run never change, but its
   * summary may be found later.
   */
  public RunHistory merge(List<RunRecord> current) {
    Map<String, RunRecord> byId = new LinkedHashMap<>();
    runs.forEach(run -> byId.put(run.id(), run));
    for (RunRecord run : current) {
      RunRecord known = byId.get(run.id());
      if (known == null) {
        byId.put(run.id(), run);
      } else if (known.summary() == null && run.summary() != null) {
        byId.put(run.id(), known.withSummary(run.summary()));
      }
    }
    return new RunHistory(CURRENT_VERSION, new ArrayList<>(byId.values()));
  }

  /** Simulation name to its runs, oldest first; simulations in name order. */
  public Map<String, List<RunRecord>> bySimulation() {
    Map<String, List<RunRecord>> grouped = new TreeMap<>();
    runs.forEach(run -> grouped.computeIfAbsent(run.simulation(), s -> new ArrayList<>()).add(run));
    return grouped;
  }
}
