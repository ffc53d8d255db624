package io.mqharness.reports.gatling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a Gatling run directory, {@code <simulationid>-<yyyyMMddHHmmssSSS>}. Gatling writes
 * the timestamp in UTC whatever the JVM's time zone (checked with TZ=Asia/Tokyo on 3.15.1).
 */
public record GatlingRunId(String name, String simulationId, Instant startedAt) {

  private static final Pattern NAME = Pattern.compile("(.+)-(\\d{17})");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmssSSS");

  public static Optional<GatlingRunId> parse(String name) {
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      Instant startedAt = LocalDateTime.parse(m.group(2), STAMP).toInstant(ZoneOffset.UTC);
      return Optional.of(new GatlingRunId(name, m.group(1), startedAt));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
