package io.mqharness.simulator.wiremock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The wall clock a request's {@code Date} is checked against (SPEC §3.2 step 2): the system's UTC
 * time plus an offset that is zero unless a test moves it ({@code POST
 * /__admin/mq/clock/date-offset}), so that any client, whose SDK signs with its own system clock,
 * can be made to look 20 minutes off. Never the engine's clock: a virtual clock runs ahead of real
 * time by design, and the clients sign with real time.
 */
public final class DateCheckClock extends Clock {
  private final Clock system = Clock.systemUTC();
  private final AtomicLong offsetMillis = new AtomicLong();

  /** How far this clock is from the system's, positive when ahead. */
  public Duration offset() {
    return Duration.ofMillis(offsetMillis.get());
  }

  /**
   * Moves this clock {@code offset} away from the system's (negative: behind); zero puts it back.
   */
  public void setOffset(Duration offset) {
    offsetMillis.set(offset.toMillis());
  }

  @Override
  public Instant instant() {
    return system.instant().plusMillis(offsetMillis.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the Date check runs in UTC");
  }
}
