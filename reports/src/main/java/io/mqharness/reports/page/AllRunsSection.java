package io.mqharness.reports.page;

import static io.mqharness.reports.page.Html.escape;

import io.mqharness.reports.gatling.GatlingStats;
import io.mqharness.reports.history.RunRecord;
import java.util.List;

/** Every run in history, newest first. */
final class AllRunsSection {

  private static final String HEAD =
      "<thead><tr><th>started (UTC)</th><th>simulation</th><th>report</th>"
          + "<th>requests</th><th>KO %</th><th>req/s</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>max ms</th>"
          + "<th>e2e p50 ms</th><th>e2e p99 ms</th><th>checks</th><th>problems</th></tr></thead>";

  private AllRunsSection() {}

  static String render(IndexPage page) {
    List<RunRecord> runs = page.history().runs();
    StringBuilder html = new StringBuilder("<section id=\"runs\"><h2>All runs</h2>");
    if (runs.isEmpty()) {
      return html.append(Html.notRunYet("Simulations")).append("</section>").toString();
    }
    html.append("<table class=\"runs\">").append(HEAD).append("<tbody>");
    for (int i = runs.size() - 1; i >= 0; i--) {
      html.append(row(page, runs.get(i)));
    }
    return html.append("</tbody></table></section>").toString();
  }

  private static String row(IndexPage page, RunRecord run) {
    GatlingStats g = run.gatling();
    return "<tr data-run=\""
        + escape(run.id())
        + "\"><td>"
        + escape(Format.time(run.startedAt()).replace(" UTC", ""))
        + "</td><td>"
        + escape(run.simulation())
        + "</td><td>"
        + RunFragments.reportLink(page, run)
        + "</td>"
        + num(g.requests() + 0.0)
        + num(g.koPercent())
        + num(g.requestsPerSecond())
        + num(g.percentileMs("p50"))
        + num(g.percentileMs("p95"))
        + num(g.percentileMs("p99"))
        + num(g.maxMs())
        + num(run.metric("e2e.p50Ms"))
        + num(run.metric("e2e.p99Ms"))
        + "<td>"
        + RunFragments.assertions(run.assertions())
        + "<br>"
        + RunFragments.summaryVerdict(run.summary())
        + "</td><td>"
        + RunFragments.problems(run.summary())
        + "</td></tr>";
  }

  private static String num(Double value) {
    return "<td class=\"num\">" + escape(Format.number(value)) + "</td>";
  }
}
