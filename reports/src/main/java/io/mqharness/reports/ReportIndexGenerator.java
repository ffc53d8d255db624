package io.mqharness.reports;

import io.mqharness.reports.conformance.ConformanceMatrix;
import io.mqharness.reports.conformance.MatrixReader;
import io.mqharness.reports.gatling.GatlingReport;
import io.mqharness.reports.gatling.GatlingReports;
import io.mqharness.reports.history.HistoryStore;
import io.mqharness.reports.history.RunHistory;
import io.mqharness.reports.history.RunRecord;
import io.mqharness.reports.page.ChartJsAsset;
import io.mqharness.reports.page.ConformanceView;
import io.mqharness.reports.page.IndexPage;
import io.mqharness.reports.page.IndexPageRenderer;
import io.mqharness.reports.page.RelativeLinks;
import io.mqharness.reports.summary.FailedRun;
import io.mqharness.reports.summary.RunSummaries;
import io.mqharness.reports.summary.SimulationRunSummary;
import io.mqharness.reports.summary.SummaryMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One generation: reads the Gatling reports and harness summaries present now, adds the new runs to
 * history, and writes the index (with Chart.js beside it). Inputs that cannot be read are left out
 * and listed, never fatal; an unreadable history is fatal, so that it is not overwritten.
 */
public final class ReportIndexGenerator {

  private final ReportPaths paths;
  private final List<String> expectedSimulations;
  private final Clock clock;

  public ReportIndexGenerator(ReportPaths paths, List<String> expectedSimulations, Clock clock) {
    this.paths = paths;
    this.expectedSimulations = List.copyOf(expectedSimulations);
    this.clock = clock;
  }

  public record Generated(Path index, int runs, List<String> notes) {}

  public Generated generate() throws IOException {
    List<String> notes = new ArrayList<>();
    HistoryStore store = new HistoryStore(paths.history());
    RunHistory history = store.load().merge(currentRuns(notes));
    store.save(history);

    RelativeLinks links = new RelativeLinks(paths.index());
    Map<String, String> reportLinks = new HashMap<>();
    for (RunRecord run : history.runs()) {
      links
          .to(paths.gatling().resolve(run.id()).resolve("index.html"))
          .ifPresent(href -> reportLinks.put(run.id(), href));
    }
    ConformanceView conformance =
        new ConformanceView(
            links.to(paths.allureIndex()).orElse(null),
            links.to(paths.matrixHtml()).orElse(null),
            matrix(notes));
    List<FailedRun> failed = FailedRun.read(paths.runs(), notes);
    IndexPage page =
        new IndexPage(
            clock.instant(), expectedSimulations, history, reportLinks, conformance, notes, failed);

    Files.createDirectories(paths.index().toAbsolutePath().getParent());
    ChartJsAsset.copyInto(paths.assets());
    Files.writeString(paths.index(), IndexPageRenderer.render(page), StandardCharsets.UTF_8);
    return new Generated(paths.index(), history.runs().size(), notes);
  }

  private List<RunRecord> currentRuns(List<String> notes) throws IOException {
    List<GatlingReport> reports = GatlingReports.scan(paths.gatling(), notes);
    List<SimulationRunSummary> summaries = RunSummaries.read(paths.runs(), notes);
    Map<String, SimulationRunSummary> matched = SummaryMatcher.match(reports, summaries);
    return reports.stream().map(r -> RunRecord.of(r, matched.get(r.id().name()))).toList();
  }

  private ConformanceMatrix matrix(List<String> notes) {
    if (!Files.isRegularFile(paths.matrixJson())) {
      return null;
    }
    try {
      return MatrixReader.read(paths.matrixJson());
    } catch (IOException e) {
      notes.add(e.getMessage() + ", summary left out");
      return null;
    }
  }
}
