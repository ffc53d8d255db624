package io.mqharness.reports.page;

import io.mqharness.reports.history.RunHistory;
import io.mqharness.reports.history.RunRecord;
import io.mqharness.reports.summary.Soak;
import java.util.List;

/**
 * The soak runs as the page script reads them from the inlined data ({@code soak}), oldest first:
 * per run its samples and trends as the summary gave them, and the judged window (seconds from the
 * start of the load), for the heap chart's trend line.
 */
final class SoakData {

  record Run(
      String id,
      String label,
      String headline,
      Double judgedFromSeconds,
      Double judgedToSeconds,
      List<Soak.Sample> samples,
      List<Soak.Trend> trends) {}

  private SoakData() {}

  static List<Run> of(RunHistory history) {
    return SoakRuns.of(history).stream().map(SoakData::run).toList();
  }

  private static Run run(RunRecord record) {
    Soak soak = record.summary().soak();
    return new Run(
        record.id(),
        Format.shortTime(record.startedAt()),
        SoakRuns.headline(soak),
        soak.judgedFromSeconds(),
        soak.judgedToSeconds(),
        soak.samples(),
        soak.trends());
  }
}
