package io.mqharness.simulator.engine;

import java.time.Duration;

/**
 * Timer and delayed messages (SPEC §6.4): a message with {@code __STARTDELIVERTIME} = t stays
 * hidden from every group until t (its delay scaled by the time scale), then is a normal message; a
 * t in the past, or now, delivers at once, and PublishTime stays the publish. A committed
 * transactional message joins the log the same way, at its commit (SPEC §6.5 rule 7). The 40-day
 * limit is a publish limit ({@code PublishLimits}, SPEC §9 Q5); the message's retention starts when
 * it becomes deliverable ({@link Retention}).
 */
record Timers(EngineTime time, Agenda agenda, Retention retention, WakeUps wakeUps) {
  /**
   * When a message published at {@code now} (epoch ms) with this start deliver time (epoch ms;
   * {@code now} when it has none) may first be delivered, in engine time: its delay scaled, never
   * before {@code now}.
   */
  long deliverAt(long startDeliverTime, long now) {
    return now + Math.max(0, time.scaledMillis(Duration.ofMillis(startDeliverTime - now)));
  }

  /** A normal or committed message joins its topic's log: now, or when its time comes. */
  void appendWhenDue(Topic topic, StoredMessage message) {
    long now = time.now();
    message.joinsLogAt(now);
    if (message.deliverAt() > now) {
      message.delayed(true);
      topic.append(message);
      agenda.at(
          message.deliverAt(),
          () -> {
            topic.reveal(message);
            deliverable(topic);
          });
    } else {
      topic.append(message);
      deliverable(topic);
    }
  }

  private void deliverable(Topic topic) {
    retention.watch(topic);
    wakeUps.touch(topic);
  }
}
