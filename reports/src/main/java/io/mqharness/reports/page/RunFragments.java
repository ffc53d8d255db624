package io.mqharness.reports.page;

import static io.mqharness.reports.page.Html.escape;

import io.mqharness.reports.gatling.GatlingAssertions;
import io.mqharness.reports.history.RunRecord;
import io.mqharness.reports.summary.SimulationRunSummary;
import java.util.Map;
import java.util.stream.Collectors;

/** Pieces of HTML about one run that both the latest-run cards and the all-runs table show. */
final class RunFragments {

  private RunFragments() {}

  static String reportLink(IndexPage page, RunRecord run) {
    return page.reportLink(run)
        .map(href -> Html.link(href, "Gatling report", "gatling-report"))
        .orElse(
            "<span class=\"gone\" title=\"the Gatling run directory no longer exists; its figures are kept in"
                + " history\">report removed</span>");
  }

  static String assertions(GatlingAssertions assertions) {
    if (assertions.total() == 0) {
      return "<span class=\"muted\">no assertions</span>";
    }
    if (assertions.failed().isEmpty()) {
      return "<span class=\"ok\">"
          + assertions.total()
          + "/"
          + assertions.total()
          + " assertions OK</span>";
    }
    return "<span class=\"ko\" title=\""
        + escape(String.join("\n", assertions.failed()))
        + "\">"
        + assertions.failed().size()
        + " of "
        + assertions.total()
        + " assertions failed</span>";
  }

  static String summaryVerdict(SimulationRunSummary summary) {
    if (summary == null) {
      return "<span class=\"muted\">no harness summary</span>";
    }
    if (summary.passed() == null) {
      return "<span class=\"muted\">verdict unknown</span>";
    }
    return summary.passed()
        ? "<span class=\"ok\">passed</span>"
        : "<span class=\"ko\">FAILED</span>";
  }

  /** Where and how the run was made, from its summary: target, duration, parameters. */
  static String setup(SimulationRunSummary summary) {
    if (summary == null) {
      return "";
    }
    String parameters =
        summary.parameters().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
    return "<p class=\"setup muted\">"
        + (summary.target() == null ? "" : "target " + escape(summary.target()) + " · ")
        + "ran "
        + escape(Format.duration(summary.duration()))
        + (parameters.isEmpty() ? "" : " · " + escape(parameters))
        + "</p>";
  }

  static String problems(SimulationRunSummary summary) {
    if (summary == null || summary.problems().isEmpty()) {
      return "";
    }
    return summary.problems().stream()
        .map(p -> "<li>" + escape(p) + "</li>")
        .collect(Collectors.joining("", "<ul class=\"problems\">", "</ul>"));
  }

  static String metrics(SimulationRunSummary summary) {
    if (summary == null || summary.metrics().isEmpty()) {
      return "";
    }
    return summary.metrics().entrySet().stream()
        .map(RunFragments::metric)
        .collect(Collectors.joining("", "<dl class=\"metrics\">", "</dl>"));
  }

  private static String metric(Map.Entry<String, Double> e) {
    return "<dt>"
        + escape(e.getKey())
        + "</dt><dd>"
        + escape(Format.number(e.getValue()))
        + "</dd>";
  }
}
