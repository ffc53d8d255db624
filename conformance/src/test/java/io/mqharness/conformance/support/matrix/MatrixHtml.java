package io.mqharness.conformance.support.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code matrix.html}: one static page, no external assets: a summary and the client x scenario
 * table.
 */
final class MatrixHtml {
  private MatrixHtml() {}

  static void write(Matrix matrix, Path file) throws IOException {
    StringBuilder html = new StringBuilder();
    html.append(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Conformance matrix</title>\n")
        .append("<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}")
        .append("th,td{border:1px solid #ccc;padding:4px 8px;vertical-align:top;font-size:13px}")
        .append(
            "th{background:#f0f0f0}.pass{background:#d8f5d8}.fail{background:#f8d0d0}.xfail{background:#fbefc8}.skip{background:#eeeeee;color:#555}")
        .append(
            ".reason{display:block;font-size:11px;max-width:28em}.group td{background:#fafafa;font-weight:bold}</style></head><body>\n")
        .append("<h1>Conformance matrix</h1>\n<p>Target: ")
        .append(escape(matrix.target()))
        .append(" &middot; generated ")
        .append(escape(Instant.now().toString()))
        .append("</p>\n");
    html.append(
        "<table><tr><th>client</th><th>pass</th><th>fail</th><th>expected fail</th><th>skip</th></tr>\n");
    matrix
        .summary()
        .forEach(
            (client, counts) ->
                html.append("<tr><td>")
                    .append(escape(client))
                    .append("</td>")
                    .append("<td>")
                    .append(counts.get(Outcome.Status.PASS))
                    .append("</td><td>")
                    .append(counts.get(Outcome.Status.FAIL))
                    .append("</td><td>")
                    .append(counts.get(Outcome.Status.XFAIL))
                    .append("</td><td>")
                    .append(counts.get(Outcome.Status.SKIP))
                    .append(
                        matrix
                            .skippedClientReason(client)
                            .map(r -> "<span class=\"reason\">" + escape(r) + "</span>")
                            .orElse(""))
                    .append("</td></tr>\n"));
    html.append("</table>\n<h2>Scenarios</h2>\n<table><tr><th>scenario</th><th>SPEC</th>");
    matrix.clients().forEach(client -> html.append("<th>").append(escape(client)).append("</th>"));
    html.append("</tr>\n");
    String group = null;
    for (ScenarioRow row : matrix.rows()) {
      if (!row.group().equals(group)) {
        group = row.group();
        html.append("<tr class=\"group\"><td colspan=\"")
            .append(matrix.clients().size() + 2)
            .append("\">")
            .append(escape(group))
            .append("</td></tr>\n");
      }
      html.append("<tr><td>")
          .append(escape(row.scenario()))
          .append("<span class=\"reason\">")
          .append(escape(row.behaviour()))
          .append("</span></td><td>")
          .append(escape(row.spec()))
          .append("</td>");
      for (String client : matrix.clients()) {
        Outcome outcome = row.results().get(client);
        if (outcome == null) {
          html.append("<td></td>");
          continue;
        }
        String status = outcome.status().name().toLowerCase(Locale.ROOT);
        String label = outcome.status() == Outcome.Status.XFAIL ? "expected fail" : status;
        html.append("<td class=\"").append(status).append("\">").append(label);
        if (outcome.reason() != null) {
          html.append("<span class=\"reason\">").append(escape(outcome.reason())).append("</span>");
        }
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n</body></html>\n");
    Files.writeString(file, html, StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }
}
