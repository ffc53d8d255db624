package io.mqharness.mock.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * {@code --max-clock-skew}: {@code 0}, a number with a unit ({@code 500ms}, {@code 900s}, {@code 15m}, {@code 1h}),
 * or ISO-8601 ({@code PT15M}); anything else or a negative value is a usage error.
 */
final class SkewDuration implements CommandLine.ITypeConverter<Duration> {
  private static final Pattern WITH_UNIT = Pattern.compile("(\\d+)(ms|s|m|h)?");

  @Override
  public Duration convert(String value) {
    Matcher m = WITH_UNIT.matcher(value.trim());
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? (n == 0 ? "s" : "") : m.group(2);
      return switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> throw new CommandLine.TypeConversionException("give a unit: " + value + "s, " + value + "m, ...");
      };
    }
    try {
      Duration d = Duration.parse(value.trim());
      if (d.isNegative()) {
        throw new CommandLine.TypeConversionException("must not be negative: " + value);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("not a duration (0, 900s, 15m, PT15M): " + value);
    }
  }
}
