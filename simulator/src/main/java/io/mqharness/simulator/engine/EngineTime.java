package io.mqharness.simulator.engine;

import io.mqharness.simulator.engine.time.Clock;
import java.time.Duration;

/**
 * The engine's time: "now" in epoch milliseconds from the {@link Clock} it was given (never the
 * system's), and the protocol's durations as they run on this engine, divided by {@link
 * EngineSettings#timeScale()} (SPEC §10). Long-poll waits are not protocol durations and are never
 * scaled: clients time them (SPEC §2.6).
 */
record EngineTime(Clock clock, EngineSettings settings) {
  /** Epoch milliseconds, as the clock reads them now. */
  long now() {
    return clock.nowMillis();
  }

  /** A protocol duration in engine milliseconds, after the time scale. */
  long scaledMillis(Duration protocolTime) {
    return settings.scaled(protocolTime).toMillis();
  }
}
