package io.mqharness.reports.gatling;

import io.mqharness.reports.InputFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a Gatling 3.15 report from its {@code index.html}. Gatling 3.15 writes no {@code
 * js/stats.json} or {@code global_stats.json} any more (and {@code simulation.log} is binary), so
 * the statistics table is the one readable source. Columns are found by their header text, not
 * their position.
 */
public final class GatlingReportReader {

  private static final Pattern PERCENTILE = Pattern.compile("(\\d+(?:\\.\\d+)?)th pct");

  private GatlingReportReader() {}

  public static GatlingReport read(Path runDirectory) throws IOException {
    Path index = runDirectory.resolve("index.html");
    GatlingRunId id =
        GatlingRunId.parse(runDirectory.getFileName().toString())
            .orElseThrow(
                () ->
                    new InputFormatException(
                        runDirectory, "not named <simulationid>-<yyyyMMddHHmmssSSS>"));
    Document page = Jsoup.parse(index.toFile(), "UTF-8");
    Element simulation = page.selectFirst("div.content-header div.onglet");
    String name =
        simulation == null || simulation.text().isBlank()
            ? id.simulationId()
            : simulation.text().trim();
    return new GatlingReport(id, name, stats(index, page), assertions(page));
  }

  private static GatlingStats stats(Path index, Document page) throws InputFormatException {
    Element all = page.selectFirst("#container_statistics_head tr#ROOT");
    if (all == null) {
      throw new InputFormatException(
          index, "no \"All Requests\" row in the statistics table (not a Gatling 3.15 report?)");
    }
    List<Element> headers = page.select("#container_statistics_head th[id^=col-]");
    Map<String, String> cells = new HashMap<>();
    Map<String, Double> percentiles = readRow(all, headers, cells);
    Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
    for (Element group : page.select("tr[id^=group_][data-parent=ROOT]")) {
      Element name = group.selectFirst("span.ellipsed-name");
      if (name != null) {
        groups.put(name.text().trim(), readRow(group, headers, new HashMap<>()));
      }
    }
    return new GatlingStats(
        count(index, cells, "Total"),
        count(index, cells, "OK"),
        count(index, cells, "KO"),
        number(cells.get("Cnt/s")),
        number(cells.get("Mean")),
        number(cells.get("Max")),
        percentiles,
        groups);
  }

  /** The row's percentile columns; every other column goes into {@code cells} by its header. */
  private static Map<String, Double> readRow(
      Element row, List<Element> headers, Map<String, String> cells) {
    Map<String, Double> percentiles = new LinkedHashMap<>();
    for (Element header : headers) {
      Element cell = row.selectFirst("td." + header.id());
      String label = header.text().trim();
      String value = cell == null ? "-" : cell.text().trim();
      Matcher percentile = PERCENTILE.matcher(label);
      if (percentile.matches()) {
        percentiles.put("p" + percentile.group(1), number(value));
      } else {
        cells.put(label, value);
      }
    }
    return percentiles;
  }

  private static GatlingAssertions assertions(Document page) {
    List<String> failed = new ArrayList<>();
    List<Element> rows = page.select("#container_assertions tbody tr");
    for (Element row : rows) {
      List<Element> cells = row.select("td");
      if (cells.size() >= 2 && !cells.get(1).text().trim().equals("OK")) {
        failed.add(cells.get(0).ownText().trim());
      }
    }
    return new GatlingAssertions(rows.size(), failed);
  }

  private static long count(Path index, Map<String, String> cells, String column)
      throws InputFormatException {
    Double value = number(cells.get(column));
    if (value == null) {
      throw new InputFormatException(
          index, "no number in the statistics column \"" + column + "\"");
    }
    return value.longValue();
  }

  /**
   * Gatling prints numbers with {@code DecimalFormat("###.##", Locale.ENGLISH)} and "-" when there
   * is none.
   */
  private static Double number(String text) {
    if (text == null || text.isBlank() || text.equals("-")) {
      return null;
    }
    try {
      return Double.valueOf(text.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
