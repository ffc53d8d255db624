package io.mqharness.reports.page;

import static io.mqharness.reports.page.Html.escape;

import io.mqharness.reports.history.RunRecord;
import io.mqharness.reports.summary.SimulationRunSummary;
import io.mqharness.reports.summary.Soak;
import java.util.List;

/**
 * The soak runs: for each, its verdict, the trends table (slope, t statistic, noise, growth against
 * the allowance) and three charts over time: the simulator's heap after collection with the trend
 * line of the judged window; its threads, connections and stored messages; the run's requests,
 * publishes and deliveries per second. The latest run is open, earlier ones are folded. The page
 * script draws the charts ({@code data-soak-chart} containers, marked {@code
 * data-chart-rendered="true"} once drawn).
 */
final class SoakSection {

  private SoakSection() {}

  static String render(IndexPage page) {
    StringBuilder html =
        new StringBuilder("<section id=\"soak\"><h2>Soak</h2>")
            .append(
                "<p class=\"legend\">A soak runs a steady mixed load on a standalone simulator and samples its heap ")
            .append(
                "(after a collection), threads and connections; it fails when one of them grows over the judged part ")
            .append(
                "of the load (a least-squares slope that stands out of the series' noise, t ≥ 4, and whose growth ")
            .append(
                "reaches the allowance), when a message is lost, or when a request goes unanswered.</p>");
    List<RunRecord> runs = SoakRuns.of(page.history());
    if (runs.isEmpty()) {
      return html.append(Html.notRunYet("Soak")).append("</section>").toString();
    }
    for (int i = runs.size() - 1; i >= 0; i--) {
      html.append(run(page, runs.get(i), i == runs.size() - 1));
    }
    return html.append("</section>").toString();
  }

  private static String run(IndexPage page, RunRecord run, boolean open) {
    SimulationRunSummary summary = run.summary();
    Soak soak = summary.soak();
    boolean passed = !Boolean.FALSE.equals(summary.passed());
    return "<details class=\"soak-run\" id=\"soak-"
        + escape(run.id())
        + "\" data-run=\""
        + escape(run.id())
        + "\""
        + (open ? " open" : "")
        + "><summary>"
        + escape(Format.time(run.startedAt()))
        + " · "
        + "<strong class=\"soak-verdict "
        + (passed ? "ok" : "ko")
        + "\">"
        + (passed ? "passed" : "FAILED")
        + "</strong>"
        + " · <span class=\"soak-headline\">"
        + escape(SoakRuns.headline(soak))
        + "</span></summary>"
        + RunFragments.problems(summary)
        + "<p class=\"setup muted\">"
        + escape(summary.simulation())
        + " · "
        + RunFragments.reportLink(page, run)
        + (summary.target() == null ? "" : " · target " + escape(summary.target()))
        + " · "
        + soak.samples().size()
        + " samples every "
        + escape(Format.number(soak.sampleSeconds()))
        + " s"
        + (Boolean.TRUE.equals(soak.explicitGc()) ? " after a System.gc()" : "")
        + figures(summary)
        + "</p>"
        + "<div class=\"charts\">"
        + chart(
            "heap", run.id(), "Simulator heap after collection (MB), trend of the judged window")
        + chart("threads", run.id(), "Simulator threads, connections and stored messages")
        + chart("throughput", run.id(), "Throughput over time (per second)")
        + "</div>"
        + trends(soak)
        + "</details>";
  }

  private static String figures(SimulationRunSummary summary) {
    StringBuilder out = new StringBuilder();
    for (String metric : List.of("publishedPerSecond", "lost", "duplicated", "timeouts")) {
      Double value = summary.metrics().get(metric);
      if (value != null) {
        out.append(" · ").append(escape(metric)).append(" ").append(escape(Format.number(value)));
      }
    }
    return out.toString();
  }

  private static String trends(Soak soak) {
    if (soak.trends().isEmpty()) {
      return "<p class=\"muted\">No trends in the summary.</p>";
    }
    StringBuilder html =
        new StringBuilder("<table class=\"soak-trends\"><thead><tr><th>series</th><th>samples</th>")
            .append(
                "<th>window</th><th>slope /s</th><th>t</th><th>noise</th><th>growth</th><th>allowance</th>")
            .append("<th>verdict</th></tr></thead><tbody>");
    for (Soak.Trend t : soak.trends()) {
      boolean grows = Boolean.TRUE.equals(t.grows());
      html.append("<tr data-series=\"")
          .append(escape(t.series()))
          .append("\"><td>")
          .append(escape(t.series()))
          .append("</td>")
          .append(cell(t.samples() == null ? "–" : String.valueOf(t.samples())))
          .append(
              cell(
                  String.format(
                      java.util.Locale.ROOT,
                      "%s–%s s",
                      Format.number(t.fromSeconds()),
                      Format.number(t.toSeconds()))))
          .append(cell(SoakRuns.amount(t.slopePerSecond(), t.unit())))
          .append(
              cell(
                  t.tStatistic() == null
                      ? "–"
                      : t.tStatistic().isInfinite() ? "inf" : Format.number(t.tStatistic())))
          .append(cell(SoakRuns.amount(t.noise(), t.unit())))
          .append(cell(SoakRuns.amount(t.growth(), t.unit())))
          .append(cell(SoakRuns.amount(t.allowance(), t.unit())))
          .append("<td class=\"verdict ")
          .append(grows ? "ko\">grows" : "ok\">flat")
          .append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  private static String cell(String text) {
    return "<td class=\"num\">" + escape(text) + "</td>";
  }

  private static String chart(String kind, String runId, String title) {
    return "<figure class=\"chart\" data-soak-chart=\""
        + kind
        + "\" data-run=\""
        + escape(runId)
        + "\"><figcaption>"
        + escape(title)
        + "</figcaption><div class=\"canvas-box\"><canvas></canvas></div>"
        + "<p class=\"chart-status\">Chart not drawn: the page script did not run.</p></figure>";
  }
}
