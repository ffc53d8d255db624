package io.mqharness.simulator.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration as a user types it: {@code 0}, a whole number with a unit ({@code 500ms}, {@code 90s},
 * {@code 15m}, {@code 72h}, {@code 3d}) or ISO-8601 ({@code P3D}, {@code PT90M}). Used for {@code
 * --retention}, {@code --max-clock-skew} and the config file's {@code retention}; a number without
 * a unit other than 0, a negative duration or anything else is refused with a message naming the
 * accepted forms.
 */
final class DurationText implements ITypeConverter<Duration> {
  private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)?");

  /**
   * Parses {@code text}; throws picocli's TypeConversionException, with the accepted forms, when it
   * is neither.
   */
  static Duration parse(String text) {
    String trimmed = text.trim();
    Matcher shortForm = SHORT.matcher(trimmed);
    if (shortForm.matches()) {
      long amount = Long.parseLong(shortForm.group(1));
      String unit = shortForm.group(2);
      if (unit == null) {
        if (amount == 0) {
          return Duration.ZERO;
        }
        throw refused(text, "give a unit");
      }
      return switch (unit) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
    Duration iso;
    try {
      iso = Duration.parse(trimmed);
    } catch (DateTimeParseException e) {
      throw refused(text, "not a duration");
    }
    if (iso.isNegative()) {
      throw refused(text, "must not be negative");
    }
    return iso;
  }

  private static TypeConversionException refused(String text, String why) {
    return new TypeConversionException(
        "'"
            + text
            + "': "
            + why
            + ": write e.g. 3d, 72h, 15m, 30s, 500ms, 0 or ISO-8601 (P3D, PT15M)");
  }

  @Override
  public Duration convert(String value) {
    return parse(value);
  }
}
