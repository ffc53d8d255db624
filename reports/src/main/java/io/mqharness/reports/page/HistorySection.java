package io.mqharness.reports.page;

import static io.mqharness.reports.page.Html.escape;

/**
 * The chart containers, one row per simulation. The page script draws them from the inlined data
 * and marks each container {@code data-chart-rendered="true"} once Chart.js has drawn at least two
 * runs.
 */
final class HistorySection {

  private HistorySection() {}

  static String render(IndexPage page) {
    StringBuilder html = new StringBuilder("<section id=\"history\"><h2>History</h2>");
    for (String simulation : page.simulations()) {
      html.append("<h3>").append(escape(simulation)).append("</h3>");
      int runs = page.runsOf(simulation).size();
      if (runs == 0) {
        html.append(Html.notRunYet("History"));
        continue;
      }
      html.append("<div class=\"charts\">");
      for (ChartSpec chart : ChartSpec.ALL) {
        html.append("<figure class=\"chart\" data-chart=\"")
            .append(escape(chart.id()))
            .append("\" data-simulation=\"")
            .append(escape(simulation))
            .append("\"><figcaption>")
            .append(escape(chart.title()))
            .append(" (")
            .append(escape(chart.unit()))
            .append(")</figcaption>")
            .append("<div class=\"canvas-box\"><canvas></canvas></div>")
            .append(
                "<p class=\"chart-status\">Chart not drawn: the page script did not run.</p></figure>");
      }
      html.append("</div>");
    }
    return html.append("</section>").toString();
  }
}
