package io.mqharness.reports.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a person looks for in the Capacity section as the browser rendered it: each expected
 * capacity run with its figure in words and both step charts drawn by Chart.js (rate, latency), and
 * the capacity-over-runs chart drawn. A chart counts as drawn when the page script marked it {@code
 * data-chart-rendered="true"}, which it does only after {@code new Chart(...)} returned with points
 * to show. Returns the problems found, so that a test can also show a broken page is caught.
 */
final class RenderedCapacityChecks {

  private static final List<String> STEP_CHARTS = List.of("rate", "latency");

  private RenderedCapacityChecks() {}

  /**
   * @param dom the index's DOM after its scripts ran (Chromium's {@code --dump-dom})
   * @param figures run id (Gatling run directory name) to the capacity figure its run must show,
   *     e.g. {@code 893.5 publishes/s at p99 ≤ 500 ms}
   * @return one line per problem; empty when every expected run, figure and chart is there and
   *     drawn
   */
  static List<String> problems(String dom, Map<String, String> figures) {
    Document page = Jsoup.parse(dom);
    List<String> problems = new ArrayList<>();
    figures.forEach(
        (run, figure) -> {
          Element block =
              page.selectFirst("#capacity details.capacity-run[data-run=\"" + run + "\"]");
          if (block == null) {
            problems.add("no capacity run " + run + " in the Capacity section");
            return;
          }
          Element shown = block.selectFirst(".capacity-figure");
          if (shown == null || !shown.text().equals(figure)) {
            problems.add(
                "capacity run "
                    + run
                    + " shows \""
                    + (shown == null ? "" : shown.text())
                    + "\", expected \""
                    + figure
                    + "\"");
          }
          STEP_CHARTS.forEach(
              kind ->
                  checkChart(
                      block.selectFirst(
                          "[data-capacity-chart=" + kind + "][data-run=\"" + run + "\"]"),
                      kind + " of " + run,
                      problems));
        });
    checkChart(
        page.selectFirst("#capacity [data-capacity-chart=history]"),
        "capacity over runs",
        problems);
    return problems;
  }

  private static void checkChart(Element chart, String name, List<String> problems) {
    if (chart == null) {
      problems.add("capacity chart " + name + " is missing");
    } else if (!"true".equals(chart.attr("data-chart-rendered"))) {
      problems.add(
          "capacity chart "
              + name
              + " was not drawn: data-chart-rendered=\""
              + chart.attr("data-chart-rendered")
              + "\", "
              + chart.select(".chart-status").text());
    } else if (chart.selectFirst("canvas") == null) {
      problems.add("capacity chart " + name + " has no canvas");
    }
  }
}
