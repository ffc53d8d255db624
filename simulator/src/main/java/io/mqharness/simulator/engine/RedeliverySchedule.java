package io.mqharness.simulator.engine;

import java.time.Duration;

/**
 * The redelivery schedule of a message a consumer group received (SPEC §6.1, §6.3, §10). Each
 * delivery hides the message from the group for its invisibility time T_inv, 300 s for a normal
 * consume and 60 s for an orderly one ({@link EngineSettings#normalInvisibility()}, {@link
 * EngineSettings#orderedInvisibility()}, both scaled), and its receipt handle is good until then
 * (NextConsumeTime). When that time passes unacked, the message is offered to the group again with
 * ConsumedTimes counting on, unless it was its delivery number 1 + maxRetries (the 289th: 288
 * retries, {@link EngineSettings#maxRetries()}): then it is dead (dead-lettered) and never
 * delivered again. Half pops follow the re-check window instead ({@link Transactions}).
 */
record RedeliverySchedule(
    EngineSettings settings, EngineTime time, Agenda agenda, Counters counters, WakeUps wakeUps) {
  /**
   * NextConsumeTime (epoch ms, engine time) of a delivery made at {@code now} by a consume of
   * {@code mode} (NORMAL or ORDERED; HALF throws IllegalArgumentException).
   */
  long nextConsumeTime(ConsumeMode mode, long now) {
    Duration invisibility =
        switch (mode) {
          case NORMAL -> settings.normalInvisibility();
          case ORDERED -> settings.orderedInvisibility();
          case HALF ->
              throw new IllegalArgumentException(
                  "a half pop follows the re-check window, not T_inv");
        };
    return now + time.scaledMillis(invisibility);
  }

  /**
   * Puts the end of this delivery's invisibility on the agenda: the message is then offered again,
   * or dead.
   */
  void watch(Topic topic, ConsumerGroup group, InFlight inFlight) {
    int serial = inFlight.consumedTimes();
    agenda.at(inFlight.nextConsumeTime(), () -> invisibilityEnds(topic, group, inFlight, serial));
  }

  // Acked, delivered again or expired since: this entry no longer applies.
  private void invisibilityEnds(Topic topic, ConsumerGroup group, InFlight inFlight, int serial) {
    if (!inFlight.invisible() || inFlight.consumedTimes() != serial) {
      return;
    }
    if (inFlight.consumedTimes() > settings.maxRetries()) {
      group.settle(inFlight, false);
      counters.deadLettered++;
    } else {
      group.lapse(inFlight);
    }
    wakeUps.touch(topic);
  }
}
