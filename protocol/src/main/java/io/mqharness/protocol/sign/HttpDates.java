package io.mqharness.protocol.sign;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Date} header: RFC 1123 in GMT with English names, e.g. {@code Tue, 24 Nov 2026 19:52:29 GMT}.
 * Java, Python ({@code %a, %d %b %Y %H:%M:%S GMT}), Node ({@code toGMTString}) and Go ({@code http.TimeFormat}) all
 * produce this form (SPEC §2.4); parsing also tolerates a one-digit day, other letter case and a numeric offset.
 */
public final class HttpDates {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter PARSE = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.RFC_1123_DATE_TIME)
      .toFormatter(Locale.US);

  private HttpDates() {}

  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  /** The instant, or empty when the text is not an RFC 1123 date (including a wrong day name). */
  public static Optional<Instant> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(PARSE.parse(text.trim(), Instant::from));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
