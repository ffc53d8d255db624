package io.mqharness.reports.page;

import static io.mqharness.reports.page.Html.escape;

import io.mqharness.reports.gatling.GatlingStats;
import io.mqharness.reports.history.RunRecord;
import java.util.List;
import java.util.Map;

/**
 * One card per simulation: its latest run, how it moved since the run before, and the harness
 * verdict.
 */
final class LatestRunsSection {

  private LatestRunsSection() {}

  static String render(IndexPage page) {
    StringBuilder html =
        new StringBuilder("<section id=\"latest\"><h2>Latest runs</h2>")
            .append(
                "<p class=\"legend\">Changes are against the previous run of the same simulation; red when more than ")
            .append(Format.number(Change.NOTABLE_PERCENT))
            .append("% worse, green when more than ")
            .append(Format.number(Change.NOTABLE_PERCENT))
            .append("% better.</p><div class=\"cards\">");
    for (String simulation : page.simulations()) {
      html.append(card(page, simulation, page.runsOf(simulation)));
    }
    return html.append("</div></section>").toString();
  }

  private static String card(IndexPage page, String simulation, List<RunRecord> runs) {
    String head =
        "<article class=\"card\" data-simulation=\""
            + escape(simulation)
            + "\"><h3>"
            + escape(simulation)
            + "</h3>";
    if (runs.isEmpty()) {
      return head + Html.notRunYet("Gatling report") + "</article>";
    }
    RunRecord latest = runs.get(runs.size() - 1);
    GatlingStats now = latest.gatling();
    GatlingStats before = runs.size() > 1 ? runs.get(runs.size() - 2).gatling() : null;
    return head
        + "<p class=\"when\">"
        + escape(Format.time(latest.startedAt()))
        + " · "
        + RunFragments.reportLink(page, latest)
        + "</p>"
        + RunFragments.setup(latest.summary())
        + RunProvenance.paragraph(latest.summary())
        + CapacitySection.cardLine(latest)
        + "<table class=\"figures\">"
        + row(
            "requests/s",
            now.requestsPerSecond(),
            before == null ? null : before.requestsPerSecond(),
            true)
        + row(
            "p50 ms",
            now.percentileMs("p50"),
            before == null ? null : before.percentileMs("p50"),
            false)
        + row(
            "p99 ms",
            now.percentileMs("p99"),
            before == null ? null : before.percentileMs("p99"),
            false)
        + groupRows(now, before)
        + "<tr><th>requests</th><td>"
        + now.requests()
        + " <span class=\""
        + (now.ko() == 0 ? "muted" : "ko")
        + "\">("
        + now.ko()
        + " KO, "
        + Format.number(now.koPercent())
        + "%)</span></td></tr>"
        + "</table><p>"
        + RunFragments.assertions(latest.assertions())
        + " · "
        + RunFragments.summaryVerdict(latest.summary())
        + "</p>"
        + RunFragments.problems(latest.summary())
        + RunFragments.metrics(latest.summary())
        + "</article>";
  }

  /**
   * The p99 of each Gatling group (the simulations keep long polls out of them), against the
   * previous run's.
   */
  private static String groupRows(GatlingStats now, GatlingStats before) {
    StringBuilder rows = new StringBuilder();
    now.groupPercentilesMs()
        .forEach(
            (group, percentiles) -> {
              Map<String, Double> earlier =
                  before == null ? null : before.groupPercentilesMs().get(group);
              rows.append(
                  row(
                      group + " p99 ms",
                      percentiles.get("p99"),
                      earlier == null ? null : earlier.get("p99"),
                      false));
            });
    return rows.toString();
  }

  private static String row(String label, Double now, Double before, boolean higherIsBetter) {
    return "<tr><th>"
        + escape(label)
        + "</th><td>"
        + escape(Format.number(now))
        + Change.html(before, now, higherIsBetter)
        + "</td></tr>";
  }
}
