package io.mqharness.reports.page;

import java.util.Locale;

/**
 * How a figure moved since the previous run of the same simulation. A move of more than {@link
 * #NOTABLE_PERCENT} in the bad direction is marked "worse" (red on the page); one in the good
 * direction "better".
 */
public record Change(double percent, boolean higherIsBetter) {

  public static final double NOTABLE_PERCENT = 10.0;

  public static String html(Double before, Double after, boolean higherIsBetter) {
    if (before == null || after == null || before == 0) {
      return "";
    }
    Change change = new Change(100.0 * (after - before) / before, higherIsBetter);
    return " <span class=\"change "
        + change.verdict()
        + "\" title=\"change since the previous run\">"
        + change.text()
        + "</span>";
  }

  String verdict() {
    if (Math.abs(percent) <= NOTABLE_PERCENT) {
      return "same";
    }
    return (percent > 0) == higherIsBetter ? "better" : "worse";
  }

  String text() {
    if (Math.abs(percent) < 0.5) {
      return "±0%";
    }
    return (percent > 0 ? "▲ +" : "▼ ") + String.format(Locale.ROOT, "%.0f%%", percent);
  }
}
