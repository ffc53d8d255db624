package io.mqharness.simulations.warmup;

import io.mqharness.simulations.settings.Parameters;
import java.time.Duration;

/**
 * The warm-up a run starts with: {@code mq.warmUpSeconds} (0 turns it off) of warm-up users
 * arriving at {@code mq.warmUpRate} users/s, against the run's own target, in the run's own JVM.
 * Its requests are silent (in no Gatling statistic or assertion) and its messages carry {@link
 * WarmUpMessages#PROPERTY}, so no figure of the run counts them.
 */
public record WarmUp(int seconds, double usersPerSec) {
  public static final int DEFAULT_SECONDS = 5;
  public static final double DEFAULT_USERS_PER_SEC = 10;

  public WarmUp {
    if (seconds < 0) {
      throw new IllegalArgumentException("mq.warmUpSeconds must be 0 (off) or more: " + seconds);
    }
    if (!(usersPerSec > 0)) {
      throw new IllegalArgumentException("mq.warmUpRate must be positive: " + usersPerSec);
    }
  }

  /**
   * {@code mq.warmUpSeconds} and {@code mq.warmUpRate} (or {@code MQ_WARM_UP_SECONDS}, {@code
   * MQ_WARM_UP_RATE}).
   *
   * @throws IllegalArgumentException when a value is not a number or out of its range
   */
  public static WarmUp from(Parameters parameters) {
    return new WarmUp(
        parameters.integer("mq.warmUpSeconds", DEFAULT_SECONDS),
        parameters.decimal("mq.warmUpRate", DEFAULT_USERS_PER_SEC));
  }

  public boolean enabled() {
    return seconds > 0;
  }

  public Duration duration() {
    return Duration.ofSeconds(seconds);
  }

  /** Warm-up users the injection plans (each sends one to three requests). */
  public long plannedUsers() {
    return enabled() ? Math.max(1, Math.round(seconds * usersPerSec)) : 0;
  }

  /**
   * What the announcement says, e.g. {@code 5 s at 10.0 users/s (about 50 users)}, or {@code off}.
   */
  public String describe() {
    return enabled()
        ? seconds + " s at " + usersPerSec + " users/s (about " + plannedUsers() + " users)"
        : "off";
  }
}
