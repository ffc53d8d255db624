package io.mqharness.reports.page;

import static io.mqharness.reports.page.Html.escape;

import io.mqharness.reports.history.RunRecord;
import io.mqharness.reports.summary.Capacity;
import io.mqharness.reports.summary.CapacityStep;
import io.mqharness.reports.summary.FailedRun;
import io.mqharness.reports.summary.SimulationRunSummary;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The capacity searches: for each, the capacity figure, why the search stopped, two charts of its
 * steps (achieved against offered rate; p99 against achieved rate, where the knee shows) and the
 * steps table; then the capacity over the runs in history. The latest run of each variant is open,
 * earlier ones are folded. The page script draws the charts ({@code data-capacity-chart}
 * containers, marked {@code data-chart-rendered="true"} once drawn).
 */
final class CapacitySection {

  private CapacitySection() {}

  static String render(IndexPage page) {
    StringBuilder html =
        new StringBuilder("<section id=\"capacity\"><h2>Capacity</h2>")
            .append(
                "<p class=\"legend\">A capacity search offers a rising publish rate, step by step, and stops at the ")
            .append(
                "first step that breaks its objective; the capacity is the achieved rate of the highest step that ")
            .append("held.</p>");
    List<RunRecord> runs = CapacityRuns.of(page.history());
    Optional<FailedRun> failed = latestFailure(page, runs);
    failed.ifPresent(
        run ->
            html.append("<p class=\"failed-run ko\">The capacity search of ")
                .append(escape(Format.time(run.failedAt())))
                .append(" failed (exit ")
                .append(run.exit())
                .append(") before it wrote its figures; its log: <code>")
                .append(escape(run.log()))
                .append("</code></p>"));
    if (runs.isEmpty()) {
      return html.append(failed.isPresent() ? "" : Html.notRunYet("Capacity search"))
          .append("</section>")
          .toString();
    }
    List<RunRecord> open = CapacityRuns.latestOfEachVariant(runs);
    open.forEach(run -> html.append(run(page, run, true)));
    html.append("<h3>Capacity over runs</h3><div class=\"charts\">")
        .append(chart("history", null, "Capacity over runs (messages/s)"))
        .append("</div>");
    List<RunRecord> earlier = runs.stream().filter(run -> !open.contains(run)).toList();
    if (!earlier.isEmpty()) {
      html.append("<h3>Earlier capacity runs</h3>");
      for (int i = earlier.size() - 1; i >= 0; i--) {
        html.append(run(page, earlier.get(i), false));
      }
    }
    return html.append("</section>").toString();
  }

  /** The latest failed capacity search, when no capacity run in history is later. */
  private static Optional<FailedRun> latestFailure(IndexPage page, List<RunRecord> runs) {
    Optional<Instant> latestRun =
        runs.stream().map(RunRecord::startedAt).max(Comparator.naturalOrder());
    return page.failedRuns().stream()
        .filter(run -> run.simulation().startsWith("Capacity"))
        .filter(run -> latestRun.isEmpty() || run.failedAt().isAfter(latestRun.get()))
        .max(Comparator.comparing(FailedRun::failedAt));
  }

  /**
   * For a run card: the capacity a capacity search found, linked to its part of the section; else
   * nothing.
   */
  static String cardLine(RunRecord run) {
    if (!CapacityRuns.isCapacityRun(run)) {
      return "";
    }
    return "<p class=\"capacity-line\">capacity <a class=\"capacity-figure\" href=\"#capacity-"
        + escape(run.id())
        + "\">"
        + escape(CapacityFigure.headline(run.summary().capacity(), run.summary().steps()))
        + "</a></p>";
  }

  private static String run(IndexPage page, RunRecord run, boolean open) {
    SimulationRunSummary summary = run.summary();
    Capacity capacity = summary.capacity();
    return "<details class=\"capacity-run\" id=\"capacity-"
        + escape(run.id())
        + "\" data-run=\""
        + escape(run.id())
        + "\" data-variant=\""
        + escape(CapacityRuns.variantLabel(run))
        + "\""
        + (open ? " open" : "")
        + "><summary>"
        + escape(Format.time(run.startedAt()))
        + " · "
        + escape(CapacityRuns.variantLabel(run))
        + " · "
        + "<strong class=\"capacity-figure\">"
        + escape(CapacityFigure.headline(capacity, summary.steps()))
        + "</strong></summary>"
        + "<p class=\"capacity-stop\">"
        + escape(CapacityFigure.stop(capacity, summary.steps()))
        + escape(capacityStepWords(summary.steps()))
        + "</p>"
        + "<p class=\"objective\">Objective of every step: "
        + escape(CapacityFigure.objective(capacity.objective()))
        + ".</p>"
        + "<p class=\"setup muted\">"
        + escape(summary.simulation())
        + " · "
        + RunFragments.reportLink(page, run)
        + (summary.target() == null ? "" : " · target " + escape(summary.target()))
        + RunProvenance.inline(summary)
        + "</p>"
        + "<div class=\"charts\">"
        + chart("rate", run.id(), "Achieved against offered rate (messages/s)")
        + chart("latency", run.id(), "p99 against achieved rate (ms)")
        + "</div>"
        + steps(summary.steps(), capacity.endToEndVariant())
        + "</details>";
  }

  private static String capacityStepWords(List<CapacityStep> steps) {
    Optional<CapacityStep> step = CapacityFigure.capacityStep(steps);
    if (step.isEmpty()) {
      return "";
    }
    CapacityStep s = step.get();
    return " The capacity is step "
        + s.index()
        + ": "
        + Format.number(s.offeredPerSecond())
        + "/s offered, p99 "
        + Format.number(s.p99Ms())
        + " ms.";
  }

  private static String chart(String kind, String runId, String title) {
    return "<figure class=\"chart\" data-capacity-chart=\""
        + kind
        + "\""
        + (runId == null ? "" : " data-run=\"" + escape(runId) + "\"")
        + "><figcaption>"
        + escape(title)
        + "</figcaption><div class=\"canvas-box\"><canvas></canvas></div>"
        + "<p class=\"chart-status\">Chart not drawn: the page script did not run.</p></figure>";
  }

  private static String steps(List<CapacityStep> steps, boolean endToEnd) {
    if (steps.isEmpty()) {
      return "<p class=\"muted\">No steps in the summary.</p>";
    }
    StringBuilder html =
        new StringBuilder("<table class=\"capacity-steps\"><thead><tr><th>step</th>")
            .append(
                "<th>offered /s</th><th>achieved /s</th><th>requests</th><th>errors</th><th>p50 ms</th>")
            .append("<th>p99 ms</th>");
    if (endToEnd) {
      html.append("<th>consumed /s</th><th>lag</th><th>e2e p50 ms</th><th>e2e p99 ms</th>");
    }
    html.append("<th>objective</th></tr></thead><tbody>");
    CapacityStep capacityStep = CapacityFigure.capacityStep(steps).orElse(null);
    for (CapacityStep step : steps) {
      html.append("<tr data-step=\"")
          .append(escape(step.index()))
          .append("\"")
          .append(
              step == capacityStep
                  ? " class=\"capacity-step\" title=\"the capacity was measured here\""
                  : "")
          .append(">")
          .append(num(step.index() == null ? null : step.index().doubleValue()))
          .append(num(step.offeredPerSecond()))
          .append(num(step.achievedPerSecond()))
          .append(num(step.requests()))
          .append("<td class=\"num\">")
          .append(escape(errors(step)))
          .append("</td>")
          .append(num(step.p50Ms()))
          .append(num(step.p99Ms()));
      if (endToEnd) {
        html.append(num(step.consumedPerSecond()))
            .append(num(step.lag()))
            .append(num(step.e2eP50Ms()))
            .append(num(step.e2eP99Ms()));
      }
      html.append(verdict(step)).append("</tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  private static String errors(CapacityStep step) {
    String count = step.errors() == null ? "–" : String.valueOf(step.errors());
    return step.errorPercent() == null
        ? count
        : count + " (" + Format.number(step.errorPercent()) + " %)";
  }

  private static String verdict(CapacityStep step) {
    if (step.held() == null) {
      return "<td class=\"verdict muted\">–</td>";
    }
    if (step.held()) {
      return "<td class=\"verdict ok\">held</td>";
    }
    return "<td class=\"verdict ko\">broke"
        + (step.reason() == null ? "" : ": " + escape(step.reason()))
        + "</td>";
  }

  private static String num(Number value) {
    return "<td class=\"num\">"
        + escape(Format.number(value == null ? null : value.doubleValue()))
        + "</td>";
  }
}
