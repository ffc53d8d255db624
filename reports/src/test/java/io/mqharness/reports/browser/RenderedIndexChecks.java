package io.mqharness.reports.browser;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a person relies on in the index as the browser rendered it: the expected charts drawn by
 * Chart.js, the expected links present, and every link leading to a file. Returns the problems
 * found, so that a test can also show that a broken page is caught.
 */
final class RenderedIndexChecks {

  private RenderedIndexChecks() {}

  /**
   * @param charts simulation to the chart ids that must be drawn for it
   * @param linkedFiles files (absolute) that some link of the page must lead to
   */
  static List<String> problems(
      String dom, Path index, Map<String, List<String>> charts, Set<Path> linkedFiles) {
    Document page = Jsoup.parse(dom);
    List<String> problems = new ArrayList<>();
    charts.forEach(
        (simulation, ids) -> ids.forEach(id -> checkChart(page, simulation, id, problems)));

    Set<Path> targets =
        page.select("a[href]").stream()
            .map(a -> a.attr("href"))
            .filter(href -> !href.startsWith("#"))
            .map(href -> resolve(index, href, problems))
            .collect(Collectors.toSet());
    for (Path expected : linkedFiles) {
      if (!targets.contains(expected.toAbsolutePath().normalize())) {
        problems.add("no link to " + expected);
      }
    }
    return problems;
  }

  /**
   * The file the first element matching {@code selector} (an {@code a[href]}) of the rendered index
   * links to.
   *
   * @param dom the index's DOM after its scripts ran
   * @param index the index file the DOM was rendered from, which relative links are resolved
   *     against
   * @return the linked file, absolute and normalised; whether it exists is not checked
   */
  static Path linkedFile(String dom, Path index, String selector) {
    Element link = Jsoup.parse(dom).selectFirst(selector);
    if (link == null || !link.hasAttr("href")) {
      throw new AssertionError("no link " + selector + " in " + index);
    }
    return index
        .toAbsolutePath()
        .getParent()
        .resolve(URLDecoder.decode(link.attr("href"), StandardCharsets.UTF_8))
        .normalize();
  }

  private static void checkChart(
      Document page, String simulation, String id, List<String> problems) {
    Element chart = page.selectFirst("[data-chart=" + id + "][data-simulation=" + simulation + "]");
    if (chart == null) {
      problems.add("chart " + id + " of " + simulation + " is missing");
    } else if (!"true".equals(chart.attr("data-chart-rendered"))) {
      problems.add(
          "chart "
              + id
              + " of "
              + simulation
              + " was not drawn: data-chart-rendered=\""
              + chart.attr("data-chart-rendered")
              + "\", "
              + chart.select(".chart-status").text());
    } else if (chart.selectFirst("canvas") == null) {
      problems.add("chart " + id + " of " + simulation + " has no canvas");
    }
  }

  private static Path resolve(Path index, String href, List<String> problems) {
    Path target =
        index
            .toAbsolutePath()
            .getParent()
            .resolve(URLDecoder.decode(href, StandardCharsets.UTF_8))
            .normalize();
    if (href.contains(":") || !Files.isRegularFile(target)) {
      problems.add("link " + href + " leads to no file");
    }
    return target;
  }
}
