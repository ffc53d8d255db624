package io.mqharness.simulator.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One group's delivery state over a topic (clustering consumption): the messages it may receive
 * now, in publish order, and those it has received and not acked. A message it has acked or given
 * up on is in neither, and stays in the topic's log for the other groups until its retention ends.
 * The rules are {@link NormalDelivery}'s, {@link RedeliverySchedule}'s and {@link
 * OrderedPartitions}'; this class only keeps the state.
 */
final class ConsumerGroup {
  private final String name;
  private final int index;
  private final TreeMap<Long, StoredMessage> ready = new TreeMap<>();
  private final Map<Long, InFlight> received = new HashMap<>();
  private final Map<String, Integer> invisibleByPartition = new HashMap<>();
  private int invisible;
  private long acked;
  private long dead;

  public ConsumerGroup(String name, int index) {
    this.name = name;
    this.index = index;
  }

  public String name() {
    return name;
  }

  /** The group's number within its topic, carried in its receipt handles. */
  public int index() {
    return index;
  }

  public void offer(StoredMessage message) {
    ready.put(message.seq(), message);
  }

  public Collection<StoredMessage> ready() {
    return ready.values();
  }

  public boolean hasReady() {
    return !ready.isEmpty();
  }

  public InFlight received(long seq) {
    return received.get(seq);
  }

  /**
   * Takes a ready message out for delivery; the caller records the delivery on the returned
   * InFlight.
   */
  public InFlight take(StoredMessage message) {
    ready.remove(message.seq());
    InFlight inFlight = received.computeIfAbsent(message.seq(), s -> new InFlight(message));
    invisible++;
    invisibleByPartition.merge(message.partition(), 1, Integer::sum);
    return inFlight;
  }

  /** The invisibility of a delivery ended unacked: the message is ready again. */
  public void lapse(InFlight inFlight) {
    endDelivery(inFlight, false);
    ready.put(inFlight.message().seq(), inFlight.message());
  }

  /** Removes an invisible message for good (acked, or dead after its last retry). */
  public void settle(InFlight inFlight, boolean wasAcked) {
    endDelivery(inFlight, true);
    if (wasAcked) {
      acked++;
    } else {
      dead++;
    }
  }

  /**
   * Forgets a message the topic no longer retains (expired or evicted), whatever its state here: a
   * handle issued for it no longer acks, and it is never delivered again.
   */
  public void forget(StoredMessage message) {
    ready.remove(message.seq());
    InFlight inFlight = received.get(message.seq());
    if (inFlight == null) {
      return;
    }
    if (inFlight.invisible()) {
      endDelivery(inFlight, true);
    } else {
      received.remove(message.seq());
    }
  }

  /**
   * True while a message of this partition is invisible to the group ({@link OrderedPartitions},
   * SPEC §6.3).
   */
  public boolean partitionBusy(String partition) {
    return invisibleByPartition.containsKey(partition);
  }

  public int invisibleCount() {
    return invisible;
  }

  public int readyCount() {
    return ready.size();
  }

  public long ackedCount() {
    return acked;
  }

  public long deadCount() {
    return dead;
  }

  private void endDelivery(InFlight inFlight, boolean remove) {
    inFlight.lapse();
    invisible--;
    invisibleByPartition.computeIfPresent(
        inFlight.message().partition(), (p, n) -> n == 1 ? null : n - 1);
    if (remove) {
      received.remove(inFlight.message().seq());
    }
  }
}
