package io.mqharness.mock.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration as a user types it: ISO-8601 ({@code P3D}, {@code PT90M}) or a whole number with a unit ({@code 500ms},
 * {@code 90s}, {@code 15m}, {@code 72h}, {@code 3d}). Used for {@code --retention} and the config file's
 * {@code retention}; anything else is refused with a message naming both forms.
 */
final class DurationText implements ITypeConverter<Duration> {
  private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  /** Parses {@code text}; throws picocli's TypeConversionException, with the accepted forms, when it is neither. */
  static Duration parse(String text) {
    String trimmed = text.trim();
    Matcher shortForm = SHORT.matcher(trimmed);
    if (shortForm.matches()) {
      long amount = Long.parseLong(shortForm.group(1));
      return switch (shortForm.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
    try {
      return Duration.parse(trimmed);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + text + "' is not a duration: write e.g. 3d, 72h, 90m, 30s, 500ms or ISO-8601 (P3D, PT90M)");
    }
  }

  @Override
  public Duration convert(String value) {
    return parse(value);
  }
}
