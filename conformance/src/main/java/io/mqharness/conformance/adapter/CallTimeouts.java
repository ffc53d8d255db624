package io.mqharness.conformance.adapter;

import java.time.Duration;
import java.util.Objects;

/**
 * The one time rule of every client call (DRIVER.md §5), from one setting, {@value #PROPERTY}
 * (seconds, default 20):
 *
 * <ul>
 *   <li><b>cut-off</b>: the harness gives up on a call after {@link #cutOff(int)}, the setting plus
 *       the call's long-poll wait ({@code waitSeconds} of a consume or half pop, 0 for every other
 *       op, {@code hello} with the driver's start included). An in-process client's call is
 *       abandoned ({@link ClientFailure.Kind#TIMEOUT}, code {@value #CALL_TIMEOUT}); a driver is
 *       killed with its descendants ({@code DriverTimeout}).
 *   <li><b>client deadline</b>: what the client is asked to apply itself, {@link
 *       #clientDeadline(int)}, the cut-off less a grace of a quarter of the setting, at most 5 s
 *       (15 s of 20 s). Drivers get it in {@code connect} ({@code callDeadlineMillis}); the
 *       in-process Java SDK gets it as its socket timeout. A client that fails on its own by then
 *       is never cut off.
 * </ul>
 *
 * SPEC §2.6 (timeouts): a long poll answers within its wait and a second, so the wait is added to
 * both.
 */
public record CallTimeouts(Duration setting) {
  /** System property with the cut-off in seconds. */
  public static final String PROPERTY = "conformance.callTimeoutSeconds";

  /** The cut-off when {@value #PROPERTY} is not given. */
  public static final Duration DEFAULT_SETTING = Duration.ofSeconds(20);

  /** The code of a call the harness cut off in-process. */
  public static final String CALL_TIMEOUT = "CallTimeout";

  private static final Duration MAX_GRACE = Duration.ofSeconds(5);

  /**
   * @throws IllegalArgumentException when {@code setting} is not positive
   */
  public CallTimeouts {
    Objects.requireNonNull(setting, "setting");
    if (setting.isZero() || setting.isNegative()) {
      throw new IllegalArgumentException(PROPERTY + " must be positive, not " + setting);
    }
  }

  /** {@value #PROPERTY} from the system properties, else {@link #DEFAULT_SETTING}. */
  public static CallTimeouts fromSystemProperties() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank()) {
      return new CallTimeouts(DEFAULT_SETTING);
    }
    try {
      return new CallTimeouts(Duration.ofSeconds(Long.parseLong(value.trim())));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          PROPERTY + " must be a whole number of seconds, not '" + value + "'", e);
    }
  }

  /**
   * When the harness gives up on a call that waits {@code waitSeconds} (0 unless it is a long
   * poll).
   */
  public Duration cutOff(int waitSeconds) {
    return setting.plusSeconds(Math.max(0, waitSeconds));
  }

  /** {@link #cutOff(int)} of a call that does not wait: the setting itself. */
  public Duration cutOff() {
    return cutOff(0);
  }

  /**
   * The deadline a client should apply to a call that waits {@code waitSeconds}: the cut-off less
   * the grace.
   */
  public Duration clientDeadline(int waitSeconds) {
    return cutOff(waitSeconds).minus(grace());
  }

  /** {@link #clientDeadline(int)} of a call that does not wait (15 s by default). */
  public Duration clientDeadline() {
    return clientDeadline(0);
  }

  /** Between the client deadline and the cut-off: a quarter of the setting, at most 5 s. */
  public Duration grace() {
    Duration quarter = setting.dividedBy(4);
    return quarter.compareTo(MAX_GRACE) < 0 ? quarter : MAX_GRACE;
  }
}
