package io.mqharness.simulator.engine;

import io.mqharness.protocol.model.ConsumedMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The normal message lifecycle of one consumer group (SPEC §6.1), with tag filtering (§6.2):
 * VISIBLE, then INVISIBLE once consumed, then ACKED by an ack with its current handle, or VISIBLE
 * again or DEAD as the {@link RedeliverySchedule} says. A consume takes the group's ready messages
 * in publish order, up to numOfMessages and none twice, passing over for this request only those
 * its tag filter does not match (§9 Q3); each delivery adds 1 to ConsumedTimes, sets
 * FirstConsumeTime the first time, and issues a new receipt handle. An ack counts for its own group
 * only. A group is created by its first consume and starts from the oldest retained message (§9
 * Q1). Whether a handle is good is {@link ReceiptHandleValidity}'s business; orderly consume picks
 * its messages in {@link OrderedPartitions} and delivers them here.
 */
record NormalDelivery(
    EngineTime time, Ids ids, Counters counters, WakeUps wakeUps, RedeliverySchedule schedule) {
  /**
   * Up to {@code numOfMessages} deliveries of a normal consume, now; empty when no ready message
   * matches.
   */
  List<ConsumedMessage> take(Topic topic, ConsumeRequest request) {
    ConsumerGroup group = topic.group(request.group());
    List<StoredMessage> chosen = new ArrayList<>();
    for (StoredMessage m : group.ready()) {
      if (chosen.size() == request.numOfMessages()) {
        break;
      }
      if (request.tagFilter().matches(m.tag())) {
        chosen.add(m);
      }
    }
    return deliver(topic, group, chosen, ConsumeMode.NORMAL);
  }

  /**
   * Delivers the chosen ready messages of the group, in this order, for a consume of {@code mode}.
   */
  List<ConsumedMessage> deliver(
      Topic topic, ConsumerGroup group, List<StoredMessage> chosen, ConsumeMode mode) {
    long now = time.now();
    long nextConsumeTime = schedule.nextConsumeTime(mode, now);
    List<ConsumedMessage> out = new ArrayList<>(chosen.size());
    for (StoredMessage m : chosen) {
      InFlight inFlight = group.take(m);
      inFlight.deliver(now, nextConsumeTime, ids.nonce());
      schedule.watch(topic, group, inFlight);
      counters.delivered++;
      if (inFlight.consumedTimes() > 1) {
        counters.redelivered++;
      }
      String handle = inFlight.handle(topic.index(), group.index()).encode();
      out.add(
          m.delivery(
              handle, nextConsumeTime, inFlight.firstConsumeTime(), inFlight.consumedTimes()));
    }
    return out;
  }

  /**
   * Applies an ack whose handle is good: the message is ACKED for that group, and its partition
   * free.
   */
  void ack(Topic topic, ReceiptHandleValidity.Received received) {
    received.group().settle(received.inFlight(), true);
    counters.acked++;
    wakeUps.touch(topic);
  }
}
