package io.mqharness.protocol.sign;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Date} header: RFC 1123 in GMT with English names, e.g. {@code Tue, 24 Nov 2026
 * 19:52:29 GMT}. Java, Python ({@code %a, %d %b %Y %H:%M:%S GMT}), Node ({@code toGMTString}) and
 * Go ({@code http.TimeFormat}) all produce this form (SPEC §2.4); parsing also tolerates a
 * one-digit day, other letter case and a numeric offset.
 */
public final class HttpDates {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter PARSE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.RFC_1123_DATE_TIME)
          .toFormatter(Locale.US);

  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
  private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

  private HttpDates() {}

  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  /** The instant, or empty when the text is not an RFC 1123 date (including a wrong day name). */
  public static Optional<Instant> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.trim();
    Optional<Instant> canonical = parseCanonical(trimmed);
    if (canonical.isPresent()) {
      return canonical;
    }
    try {
      return Optional.of(PARSE.parse(trimmed, Instant::from));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The form every SDK sends, {@code Tue, 24 Nov 2026 19:52:29 GMT}, read without the general
   * formatter (it runs on every request the simulator receives); anything else, including a wrong
   * day name, is left to it.
   */
  private static Optional<Instant> parseCanonical(String text) {
    if (text.length() != 29 || text.charAt(3) != ',' || !text.endsWith(" GMT")) {
      return Optional.empty();
    }
    int monthAt = MONTHS.indexOf(text.substring(8, 11));
    int month = monthAt >= 0 && monthAt % 3 == 0 ? monthAt / 3 + 1 : 0;
    int day = digits(text, 5, 2);
    int year = digits(text, 12, 4);
    int hour = digits(text, 17, 2);
    int minute = digits(text, 20, 2);
    int second = digits(text, 23, 2);
    if (month < 1
        || day < 0
        || year < 0
        || hour < 0
        || minute < 0
        || second < 0
        || text.charAt(16) != ' '
        || text.charAt(19) != ':'
        || text.charAt(22) != ':') {
      return Optional.empty();
    }
    try {
      LocalDateTime time = LocalDateTime.of(year, month, day, hour, minute, second);
      if (!DAYS.get(time.getDayOfWeek().getValue() - 1).equals(text.substring(0, 3))) {
        return Optional.empty();
      }
      return Optional.of(time.toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
