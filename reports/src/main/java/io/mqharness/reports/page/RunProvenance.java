package io.mqharness.reports.page;

import static io.mqharness.reports.page.Html.escape;

import io.mqharness.reports.summary.Injectors;
import io.mqharness.reports.summary.SimulationRunSummary;
import io.mqharness.reports.summary.WarmUpSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a run's figures come from, from its summary: a warm-up that ran before the measured load
 * ({@code warmUp}), and figures merged from several injectors or, for one injector's partial
 * summary, from that injector alone ({@code injectors}). HTML; nothing when the summary has
 * neither.
 */
final class RunProvenance {

  private RunProvenance() {}

  /**
   * A line for a run card: {@code <p class="provenance">warm-up 5 s (250 requests) · merged from 2
   * injectors</p>}.
   */
  static String paragraph(SimulationRunSummary summary) {
    List<String> labels = labels(summary);
    return labels.isEmpty() ? "" : "<p class=\"provenance\">" + String.join(" · ", labels) + "</p>";
  }

  /** The same labels, each after {@code " · "}, to follow other text on a line. */
  static String inline(SimulationRunSummary summary) {
    StringBuilder html = new StringBuilder();
    labels(summary).forEach(label -> html.append(" · ").append(label));
    return html.toString();
  }

  private static List<String> labels(SimulationRunSummary summary) {
    List<String> labels = new ArrayList<>();
    if (summary == null) {
      return labels;
    }
    if (summary.warmUp() != null) {
      labels.add(warmUp(summary.warmUp()));
    }
    if (summary.injectors() != null) {
      labels.add(injectors(summary.injectors()));
    }
    return labels;
  }

  private static String warmUp(WarmUpSummary warmUp) {
    String seconds = warmUp.seconds() == null ? "" : " " + Format.number(warmUp.seconds()) + " s";
    String requests = warmUp.requests() == null ? "" : " (" + warmUp.requests() + " requests)";
    return "<span class=\"warm-up\" title=\"a warm-up at a low rate ran first, against the same target, and is kept"
        + " out of the harness's figures\">warm-up"
        + escape(seconds + requests)
        + "</span>";
  }

  private static String injectors(Injectors injectors) {
    String count = injectors.count() == null ? "several" : String.valueOf(injectors.count());
    if (injectors.mergedFromParts()) {
      return "<span class=\"merged\" title=\""
          + escape(parts(injectors))
          + "\">merged from "
          + escape(count)
          + " injectors</span>";
    }
    if (injectors.partial()) {
      String index = injectors.index() == null ? "" : " " + injectors.index();
      return "<span class=\"partial\" title=\"one injector's own summary, not merged with the others: its figures"
          + " cover its share of the load only\">partial: injector"
          + escape(index)
          + " of "
          + escape(count)
          + ", not merged</span>";
    }
    return "<span class=\"muted\">one injector</span>";
  }

  private static String parts(Injectors injectors) {
    return injectors.parts().isEmpty()
        ? "the injectors' partial summaries and Gatling logs, merged into one run"
        : "merged from " + String.join(", ", injectors.parts());
  }
}
