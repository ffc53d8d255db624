package io.mqharness.reports.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mqharness.reports.Json;
import io.mqharness.reports.history.RunRecord;
import java.util.List;
import java.util.Map;

/**
 * The JSON inlined in the page for its script (fetch() of a local file fails under file://). {@code
 * <}, {@code >} and {@code &} only occur inside JSON strings, where their \\u escapes mean the
 * same, so no input can close the script element.
 */
public final class PageData {

  record Point(String id, String label, Map<String, Double> values) {}

  record SimulationHistory(String simulation, List<Point> runs) {}

  record Data(
      List<ChartSpec> charts,
      List<SimulationHistory> history,
      List<CapacityData.Run> capacity,
      List<SoakData.Run> soak) {}

  private PageData() {}

  public static String json(IndexPage page) {
    List<SimulationHistory> history =
        page.simulations().stream()
            .map(
                s ->
                    new SimulationHistory(s, page.runsOf(s).stream().map(PageData::point).toList()))
            .toList();
    try {
      return Json.MAPPER
          .writer()
          .withoutFeatures(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(
              new Data(
                  ChartSpec.ALL,
                  history,
                  CapacityData.of(page.history()),
                  SoakData.of(page.history())))
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Point point(RunRecord run) {
    return new Point(run.id(), Format.shortTime(run.startedAt()), ChartValues.of(run));
  }
}
