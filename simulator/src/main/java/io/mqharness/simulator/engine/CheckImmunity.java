package io.mqharness.simulator.engine;

import java.time.Duration;

/**
 * Check immunity (SPEC §6.5 rules 1 to 3, §9 Q6). A message published with {@code __TransCheckT} =
 * C is transactional; C is brought into 10..300 s ({@link
 * EngineSettings#minCheckImmunitySeconds()}, {@link EngineSettings#maxCheckImmunitySeconds()}).
 * Until t_pub + C (scaled) the half message is HALF_IMMUNE: no half pop sees it, and the handle of
 * its publish answer, h0, commits or rolls it back. From then on h0 fails ({@link
 * ReceiptHandleValidity} asks {@link #holds}) and the message is offered to the checkers ({@link
 * Transactions}).
 */
record CheckImmunity(EngineSettings settings, EngineTime time, Agenda agenda) {
  /**
   * When the immunity of a message published at {@code publishTime} (epoch ms) with {@code
   * __TransCheckT} = {@code requestedSeconds} ends: C clamped into the settings' range, scaled, in
   * epoch ms.
   */
  long until(long publishTime, int requestedSeconds) {
    int seconds =
        Math.max(
            settings.minCheckImmunitySeconds(),
            Math.min(settings.maxCheckImmunitySeconds(), requestedSeconds));
    return publishTime + time.scaledMillis(Duration.ofSeconds(seconds));
  }

  /**
   * True while the half message is immune at {@code now}: neither offered to a pop yet nor past
   * t_pub + C.
   */
  boolean holds(HalfMessage half, long now) {
    return half.state() == HalfState.HALF_IMMUNE && now < half.immuneUntil();
  }

  /** Runs {@code whenOver} when the immunity ends, if the message is still immune by then. */
  void watch(HalfMessage half, Runnable whenOver) {
    agenda.at(
        half.immuneUntil(),
        () -> {
          if (half.state() == HalfState.HALF_IMMUNE) {
            whenOver.run();
          }
        });
  }
}
