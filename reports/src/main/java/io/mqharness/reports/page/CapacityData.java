package io.mqharness.reports.page;

import io.mqharness.reports.history.RunHistory;
import io.mqharness.reports.history.RunRecord;
import io.mqharness.reports.summary.Capacity;
import io.mqharness.reports.summary.CapacityStep;
import java.util.List;

/**
 * The capacity searches as the page script reads them from the inlined data ({@code capacity}),
 * oldest first: one entry per run with its capacity figures (messages/s), the objective's p99 (ms)
 * and its steps as the summary gave them. The script draws the step charts of a run from {@code
 * steps} and the capacity-over-runs chart from the entries themselves.
 */
final class CapacityData {

  /**
   * @param id the run id (Gatling run directory name), which the chart containers name in {@code
   *     data-run}
   * @param label the run's start, short, for the capacity-over-runs axis
   * @param endToEnd true for the end-to-end variant
   * @param headline the capacity figure in words ({@link CapacityFigure#headline})
   * @param stop why the search stopped, in words ({@link CapacityFigure#stop})
   */
  record Run(
      String id,
      String label,
      String variant,
      boolean endToEnd,
      Double publishesPerSecond,
      Double endToEndPerSecond,
      Double objectiveP99Ms,
      String headline,
      String stop,
      List<CapacityStep> steps) {}

  private CapacityData() {}

  static List<Run> of(RunHistory history) {
    return CapacityRuns.of(history).stream().map(CapacityData::run).toList();
  }

  private static Run run(RunRecord record) {
    Capacity capacity = CapacityRuns.capacity(record);
    List<CapacityStep> steps = record.summary().steps();
    return new Run(
        record.id(),
        Format.shortTime(record.startedAt()),
        CapacityRuns.variantLabel(record),
        capacity.endToEndVariant(),
        capacity.publishesPerSecond(),
        capacity.endToEndPerSecond(),
        capacity.objective() == null ? null : capacity.objective().p99Ms(),
        CapacityFigure.headline(capacity, steps),
        CapacityFigure.stop(capacity, steps),
        steps);
  }
}
