package io.mqharness.conformance.adapter.driver;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the adapter waits for each answer (DRIVER.md, "Time limits"): a poll ({@code consume},
 * {@code consumeHalf}) gets its {@code waitSeconds} plus {@code pollMargin}; every other op gets {@code standard}.
 */
public record DriverDeadlines(Duration standard, Duration pollMargin) {
  public DriverDeadlines {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(pollMargin, "pollMargin");
  }

  public static DriverDeadlines defaults() {
    return new DriverDeadlines(Duration.ofSeconds(30), Duration.ofSeconds(10));
  }

  Duration forPoll(int waitSeconds) {
    return Duration.ofSeconds(Math.max(0, waitSeconds)).plus(pollMargin);
  }
}
