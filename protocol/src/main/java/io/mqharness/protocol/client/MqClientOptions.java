package io.mqharness.protocol.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link MqClient}. {@code requestTimeout} bounds publish, ack, commit and rollback (and connecting);
 * a long poll may take its {@code waitseconds} plus {@code longPollMargin}. The clock stamps the Date header.
 */
public record MqClientOptions(Duration requestTimeout, Duration longPollMargin, String userAgent, Clock clock) {
  public MqClientOptions {
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(longPollMargin, "longPollMargin");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(clock, "clock");
  }

  public static MqClientOptions defaults() {
    return new MqClientOptions(
        Duration.ofSeconds(10), Duration.ofSeconds(5), "mq-harness-reference/" + ClientVersion.VERSION, Clock.systemUTC());
  }

  public MqClientOptions withRequestTimeout(Duration timeout) {
    return new MqClientOptions(timeout, longPollMargin, userAgent, clock);
  }

  public MqClientOptions withLongPollMargin(Duration margin) {
    return new MqClientOptions(requestTimeout, margin, userAgent, clock);
  }

  public MqClientOptions withUserAgent(String agent) {
    return new MqClientOptions(requestTimeout, longPollMargin, agent, clock);
  }

  public MqClientOptions withClock(Clock newClock) {
    return new MqClientOptions(requestTimeout, longPollMargin, userAgent, newClock);
  }
}
