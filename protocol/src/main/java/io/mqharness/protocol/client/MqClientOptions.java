package io.mqharness.protocol.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link MqClient}. {@code requestTimeout} bounds publish, ack, commit and rollback
 * (and connecting); a long poll may take its {@code waitseconds} plus {@code longPollMargin}. The
 * clock stamps the Date header (and is the "now" of the timer limit). {@code limitChecks} makes the
 * client refuse, before sending, what breaks one of the {@link
 * io.mqharness.protocol.limits.ProtocolLimits} ({@link LimitExceededException}); it is off by
 * default, so that out-of-range values reach the server under test.
 */
public record MqClientOptions(
    Duration requestTimeout,
    Duration longPollMargin,
    String userAgent,
    Clock clock,
    boolean limitChecks) {
  public MqClientOptions {
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(longPollMargin, "longPollMargin");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(clock, "clock");
  }

  public static MqClientOptions defaults() {
    return new MqClientOptions(
        Duration.ofSeconds(10),
        Duration.ofSeconds(5),
        "mq-harness-reference/" + ClientVersion.VERSION,
        Clock.systemUTC(),
        false);
  }

  public MqClientOptions withRequestTimeout(Duration timeout) {
    return new MqClientOptions(timeout, longPollMargin, userAgent, clock, limitChecks);
  }

  public MqClientOptions withLongPollMargin(Duration margin) {
    return new MqClientOptions(requestTimeout, margin, userAgent, clock, limitChecks);
  }

  public MqClientOptions withClock(Clock newClock) {
    return new MqClientOptions(requestTimeout, longPollMargin, userAgent, newClock, limitChecks);
  }

  /** {@code true}: refuse out-of-limit publishes, consumes and acks before sending them. */
  public MqClientOptions withLimitChecks(boolean checks) {
    return new MqClientOptions(requestTimeout, longPollMargin, userAgent, clock, checks);
  }
}
