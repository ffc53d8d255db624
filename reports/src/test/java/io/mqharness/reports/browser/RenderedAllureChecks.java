package io.mqharness.reports.browser;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a person looks for first in an Allure 2 report as the browser rendered it: the overview's
 * total test count and its suites widget, not the spinner a multi-file report keeps showing from
 * file:// (its scripts fetch data files, which the browser refuses there). Returns the problems
 * found, so that a test can also show a broken report is caught.
 */
final class RenderedAllureChecks {

  private RenderedAllureChecks() {}

  /**
   * @param dom the report's DOM after its scripts ran (Chromium's {@code --dump-dom})
   * @param tests the total the overview must show
   * @param suites suite names the overview's suites widget must list
   * @return one line per problem; empty when the overview rendered as expected
   */
  static List<String> problems(String dom, int tests, List<String> suites) {
    Document report = Jsoup.parse(dom);
    List<String> problems = new ArrayList<>();
    if (report.body().text().contains("Loading")) {
      problems.add("stuck on \"Loading\": the report's data did not load");
    }

    Element total = report.selectFirst("[data-id=summary] .summary-widget__stats .splash__title");
    if (total == null) {
      problems.add("no total test count in the overview");
    } else if (!total.text().equals(Integer.toString(tests))) {
      problems.add("the overview shows " + total.text() + " tests, expected " + tests);
    }

    List<String> shown =
        report.select("[data-id=suites] .table__row > .table__col:first-child").eachText();
    for (String suite : suites) {
      if (!shown.contains(suite)) {
        problems.add("suite " + suite + " is not in the overview's suites widget " + shown);
      }
    }
    return problems;
  }
}
