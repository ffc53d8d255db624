package io.mqharness.reports.page;

import static io.mqharness.reports.page.Html.escape;

import io.mqharness.reports.conformance.ClientOutcome;
import io.mqharness.reports.conformance.ConformanceMatrix;
import io.mqharness.reports.conformance.ScenarioFailure;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Links to the Allure report and the client x scenario matrix, and the matrix's counts per client.
 */
final class ConformanceSection {

  private static final int REASON_LENGTH = 160;

  private ConformanceSection() {}

  static String render(IndexPage page) {
    ConformanceView view = page.conformance();
    StringBuilder html = new StringBuilder("<section id=\"conformance\"><h2>Conformance</h2>");
    html.append(
        view.allureHref() == null
            ? Html.notRunYet("Allure report")
            : "<p>" + Html.link(view.allureHref(), "Allure report", "allure-report") + "</p>");
    html.append(
        view.matrixHref() == null
            ? Html.notRunYet("Client x scenario matrix")
            : "<p>"
                + Html.link(view.matrixHref(), "Client x scenario matrix", "conformance-matrix")
                + "</p>");
    if (view.matrix() != null) {
      html.append(summary(view.matrix())).append(failures(view.matrix()));
    }
    return html.append("</section>").toString();
  }

  private static String summary(ConformanceMatrix matrix) {
    StringBuilder html =
        new StringBuilder("<p class=\"muted\">Matrix of ")
            .append(escape(when(matrix.generatedAt())))
            .append(", target ")
            .append(escape(matrix.target()))
            .append("</p>")
            .append(
                "<table class=\"matrix-summary\"><thead><tr><th>client</th><th>passed</th><th>failed</th>")
            .append("<th>expected failures</th><th>skipped</th></tr></thead><tbody>");
    for (ClientOutcome client : matrix.clients()) {
      html.append("<tr><td>")
          .append(escape(client.client()))
          .append("</td><td class=\"num ok\">")
          .append(client.passed())
          .append("</td><td class=\"num")
          .append(client.failed() > 0 ? " ko" : "")
          .append("\">")
          .append(client.failed())
          .append("</td><td class=\"num xfail\">")
          .append(client.expectedFailures())
          .append("</td><td class=\"num muted\">")
          .append(client.skipped())
          .append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  private static String failures(ConformanceMatrix matrix) {
    return failures(matrix, false, "Failed scenarios", "failures")
        + failures(
            matrix,
            true,
            "Expected failures (known findings in the expectations files)",
            "expected-failures");
  }

  private static String failures(
      ConformanceMatrix matrix, boolean expected, String title, String cssClass) {
    var rows = matrix.failures().stream().filter(f -> f.expected() == expected).toList();
    if (rows.isEmpty()) {
      return "";
    }
    StringBuilder html =
        new StringBuilder("<h3>")
            .append(title)
            .append("</h3><table class=\"")
            .append(cssClass)
            .append(
                "\"><thead><tr><th>scenario</th><th>client</th><th>SPEC</th><th>reason</th></tr></thead><tbody>");
    for (ScenarioFailure f : rows) {
      html.append("<tr><td>")
          .append(escape(f.scenario()))
          .append("</td><td>")
          .append(escape(f.client()))
          .append("</td><td>")
          .append(escape(f.spec()))
          .append("</td><td title=\"")
          .append(escape(f.reason()))
          .append("\">")
          .append(escape(shorten(f.reason())))
          .append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  private static String when(String generatedAt) {
    try {
      return Format.time(Instant.parse(generatedAt));
    } catch (DateTimeParseException e) {
      return generatedAt;
    }
  }

  private static String shorten(String reason) {
    return reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH - 1) + "…";
  }
}
