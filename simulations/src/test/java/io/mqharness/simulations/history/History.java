package io.mqharness.simulations.history;

import io.gatling.javaapi.core.Session;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulations.chains.Messages;
import io.mqharness.simulations.requests.ProtocolBodies;
import io.mqharness.simulations.warmup.WarmUpMessages;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * What consumers received, for a run that checks its history: each delivered message goes to the
 * {@link MessageLedger} and, when it carries {@link ProtocolBodies#SENT_AT}, its end-to-end latency
 * (ms, from when the producer made it to now) to the {@link LatencyRecorder}. Warm-up messages are
 * acked with the rest and counted nowhere.
 */
public final class History {
  private final MessageLedger ledger;
  private final LatencyRecorder latency;
  private final LongAdder deliveries = new LongAdder();

  public History(MessageLedger ledger, LatencyRecorder latency) {
    this.ledger = ledger;
    this.latency = latency;
  }

  /** Records the batch under {@link Messages#MESSAGES}; returns the session as it is. */
  public Session received(Session session) {
    long now = System.currentTimeMillis();
    List<ConsumedMessage> batch = session.getList(Messages.MESSAGES);
    for (ConsumedMessage message : batch) {
      if (WarmUpMessages.isWarmUp(message)) {
        continue;
      }
      deliveries.increment();
      ledger.delivered(message.messageId(), MessageLedger.bodyKey(message.body()));
      message
          .properties()
          .get(ProtocolBodies.SENT_AT)
          .ifPresent(sentAt -> latency.record(now - Long.parseLong(sentAt)));
    }
    return session;
  }

  /**
   * Deliveries recorded so far, a message delivered twice counted twice (warm-up messages not
   * counted).
   */
  public long deliveries() {
    return deliveries.sum();
  }
}
