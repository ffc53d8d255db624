package io.mqharness.reports.page;

import static io.mqharness.reports.page.Html.escape;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code index.html} (the template) with the sections, the inlined data, the style and the
 * script.
 */
public final class IndexPageRenderer {

  private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

  private IndexPageRenderer() {}

  public static String render(IndexPage page) {
    Map<String, String> slots =
        Map.of(
            "generatedAt", escape(Format.time(page.generatedAt())),
            "runCount", String.valueOf(page.history().runs().size()),
            "chartJsVersion", escape(ChartJsAsset.version()),
            "style", Resources.text("index.css"),
            "sections",
                LatestRunsSection.render(page)
                    + CapacitySection.render(page)
                    + SoakSection.render(page)
                    + HistorySection.render(page)
                    + ConformanceSection.render(page)
                    + AllRunsSection.render(page)
                    + notes(page),
            "data", PageData.json(page),
            "script",
                Resources.text("index.js")
                    + "\n"
                    + Resources.text("folded-charts.js")
                    + "\n"
                    + Resources.text("capacity.js")
                    + "\n"
                    + Resources.text("soak.js"));
    // One pass, so text filled into a slot is never read as a slot itself.
    Matcher slot = SLOT.matcher(Resources.text("index.html"));
    StringBuilder html = new StringBuilder();
    while (slot.find()) {
      String value = slots.get(slot.group(1));
      if (value == null) {
        throw new IllegalStateException("template slot without a value: " + slot.group());
      }
      slot.appendReplacement(html, Matcher.quoteReplacement(value));
    }
    return slot.appendTail(html).toString();
  }

  private static String notes(IndexPage page) {
    if (page.notes().isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<section id=\"notes\"><h2>Inputs left out</h2><ul>");
    page.notes().forEach(note -> html.append("<li>").append(escape(note)).append("</li>"));
    return html.append("</ul></section>").toString();
  }
}
