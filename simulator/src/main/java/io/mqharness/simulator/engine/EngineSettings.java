package io.mqharness.simulator.engine;

import io.mqharness.protocol.limits.ProtocolLimits;
import java.time.Duration;

/**
 * The engine's tunables, with the SPEC §10 defaults from {@link #defaults()}. The protocol's size
 * and range limits are not tunables: the engine reads them from {@link ProtocolLimits}.
 *
 * <p>{@code timeScale} runs the protocol timers (invisibility, check immunity, half re-check
 * window, half max age, timer delays, retention) that many times faster; long-poll waits are never
 * scaled, since clients time them.
 *
 * <p>{@code retention} is how long a topic keeps a message for its groups, counted from the moment
 * the message becomes deliverable (its publish, its timer's time or its commit), whatever the
 * groups ack; the service's default is 3 days. {@code maxStoredMessages} bounds memory: when the
 * store is full the oldest retained message is evicted to make room.
 */
public record EngineSettings(
    Duration normalInvisibility,
    Duration orderedInvisibility,
    int maxRetries,
    Duration halfRecheckWindow,
    Duration halfMaxAge,
    int halfMaxChecks,
    int minCheckImmunitySeconds,
    int maxCheckImmunitySeconds,
    long maxStoredMessages,
    boolean strictTopics,
    double timeScale,
    Duration retention) {

  public EngineSettings {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive, got " + retention);
    }
  }

  public static EngineSettings defaults() {
    return new EngineSettings(
        Duration.ofSeconds(300),
        Duration.ofSeconds(60),
        288,
        Duration.ofSeconds(10),
        Duration.ofSeconds(86_400),
        0,
        ProtocolLimits.MIN_CHECK_IMMUNITY_SECONDS,
        ProtocolLimits.MAX_CHECK_IMMUNITY_SECONDS,
        2_000_000,
        false,
        1.0,
        Duration.ofDays(3));
  }

  public EngineSettings withStrictTopics(boolean strict) {
    return new EngineSettings(
        normalInvisibility,
        orderedInvisibility,
        maxRetries,
        halfRecheckWindow,
        halfMaxAge,
        halfMaxChecks,
        minCheckImmunitySeconds,
        maxCheckImmunitySeconds,
        maxStoredMessages,
        strict,
        timeScale,
        retention);
  }

  public EngineSettings withMaxStoredMessages(long max) {
    return new EngineSettings(
        normalInvisibility,
        orderedInvisibility,
        maxRetries,
        halfRecheckWindow,
        halfMaxAge,
        halfMaxChecks,
        minCheckImmunitySeconds,
        maxCheckImmunitySeconds,
        max,
        strictTopics,
        timeScale,
        retention);
  }

  public EngineSettings withTimeScale(double scale) {
    if (!(scale > 0)) {
      throw new IllegalArgumentException("time scale must be > 0, got " + scale);
    }
    return new EngineSettings(
        normalInvisibility,
        orderedInvisibility,
        maxRetries,
        halfRecheckWindow,
        halfMaxAge,
        halfMaxChecks,
        minCheckImmunitySeconds,
        maxCheckImmunitySeconds,
        maxStoredMessages,
        strictTopics,
        scale,
        retention);
  }

  /**
   * How long a message stays retained once deliverable (positive; engine time before the time
   * scale).
   */
  public EngineSettings withRetention(Duration d) {
    return new EngineSettings(
        normalInvisibility,
        orderedInvisibility,
        maxRetries,
        halfRecheckWindow,
        halfMaxAge,
        halfMaxChecks,
        minCheckImmunitySeconds,
        maxCheckImmunitySeconds,
        maxStoredMessages,
        strictTopics,
        timeScale,
        d);
  }

  /** A protocol duration as it runs on this engine ({@code d / timeScale}). */
  public Duration scaled(Duration d) {
    return timeScale == 1.0 ? d : Duration.ofNanos((long) (d.toNanos() / timeScale));
  }
}
