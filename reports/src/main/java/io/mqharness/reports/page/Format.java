package io.mqharness.reports.page;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and times read on the page: UTC, like Gatling's run directory names. */
public final class Format {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SHORT_TIME =
      DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private Format() {}

  public static String time(Instant instant) {
    return TIME.format(instant);
  }

  public static String shortTime(Instant instant) {
    return SHORT_TIME.format(instant);
  }

  public static String number(Double value) {
    return value == null
        ? "–"
        : new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
  }

  public static String duration(Duration duration) {
    if (duration == null) {
      return "–";
    }
    long seconds = duration.toSeconds();
    return seconds < 60
        ? seconds + " s"
        : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
  }
}
