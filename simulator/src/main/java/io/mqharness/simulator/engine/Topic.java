package io.mqharness.simulator.engine;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One topic of one instance: its log of retained messages, its consumer groups, its half messages
 * and the consumers waiting on it.
 *
 * <p>Retention is by time (ENGINE.md "Retention"): the log keeps every deliverable message, in the
 * order it became deliverable (so the oldest is the first to expire or be evicted), whatever the
 * groups ack. A group keeps its own state of each message until it acks it or the message leaves
 * the log; a group created later starts from the oldest retained message (SPEC §9 Q1). Timer
 * messages whose time has not come are counted apart and join the log when it does.
 */
final class Topic {
  private final int index;
  private final ArrayDeque<StoredMessage> log = new ArrayDeque<>();
  private final Map<String, ConsumerGroup> groups = new LinkedHashMap<>();
  private final HalfStream halves = new HalfStream();
  private final WaitingConsumers waiting = new WaitingConsumers();
  private int delayed;
  private long rolledBack;
  private boolean expiryWatched;

  public Topic(int index) {
    this.index = index;
  }

  /** The topic's engine-wide number, carried in its receipt handles. */
  public int index() {
    return index;
  }

  /**
   * The group, created on first use with every deliverable retained message ready for it, oldest
   * first.
   */
  public ConsumerGroup group(String name) {
    return groups.computeIfAbsent(
        name,
        n -> {
          ConsumerGroup group = new ConsumerGroup(n, groups.size() + 1);
          log.forEach(group::offer);
          return group;
        });
  }

  public Optional<ConsumerGroup> existingGroup(String name) {
    return Optional.ofNullable(groups.get(name));
  }

  public Collection<ConsumerGroup> groups() {
    return groups.values();
  }

  /**
   * Adds a normal or committed message. Unless a timer still hides it, it joins the log and every
   * group may take it now; a hidden one waits for {@link #reveal}.
   */
  public void append(StoredMessage message) {
    if (message.delayed()) {
      delayed++;
    } else {
      enter(message);
    }
  }

  /** A timer message's time has come: it joins the log. */
  public void reveal(StoredMessage message) {
    message.delayed(false);
    delayed--;
    enter(message);
  }

  /** The message retained longest (the next to expire), or null when the log is empty. */
  public StoredMessage oldest() {
    return log.peekFirst();
  }

  /** Drops the oldest message from the log and from every group's state (expired or evicted). */
  public StoredMessage dropOldest() {
    StoredMessage oldest = log.removeFirst();
    groups.values().forEach(g -> g.forget(oldest));
    return oldest;
  }

  /** Whether an expiry check of the log is on the agenda (one at a time per topic). */
  public boolean expiryWatched() {
    return expiryWatched;
  }

  public void expiryWatched(boolean watched) {
    expiryWatched = watched;
  }

  public HalfStream halves() {
    return halves;
  }

  public WaitingConsumers waiting() {
    return waiting;
  }

  /** Messages kept for the groups: the log plus the timer messages not yet due. */
  public int retained() {
    return log.size() + delayed;
  }

  public long delayedCount() {
    return delayed;
  }

  public void countRollback() {
    rolledBack++;
  }

  public long rolledBack() {
    return rolledBack;
  }

  private void enter(StoredMessage message) {
    log.addLast(message);
    groups.values().forEach(g -> g.offer(message));
  }
}
