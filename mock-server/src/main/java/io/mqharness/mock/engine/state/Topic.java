package io.mqharness.mock.engine.state;

import io.mqharness.mock.engine.TopicRef;
import io.mqharness.mock.engine.wait.WaitingConsumers;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One topic of one instance: its log of retained messages, its consumer groups, its half messages and the
 * consumers waiting on it.
 *
 * <p>Retention: a message leaves the log once every group of the topic has acked it or given up on it
 * (dead). A group created later starts from the messages still retained (SPEC §9 Q1). A message published
 * before any group exists stays until a group takes it.
 */
public final class Topic {
  private final TopicRef ref;
  private final int index;
  private final TreeMap<Long, StoredMessage> log = new TreeMap<>();
  private final Map<String, ConsumerGroup> groups = new LinkedHashMap<>();
  private final HalfStream halves = new HalfStream();
  private final WaitingConsumers waiting = new WaitingConsumers();
  private long rolledBack;

  public Topic(TopicRef ref, int index) {
    this.ref = ref;
    this.index = index;
  }

  public TopicRef ref() {
    return ref;
  }

  /** The topic's engine-wide number, carried in its receipt handles. */
  public int index() {
    return index;
  }

  /** The group, created on first use with every visible retained message ready for it. */
  public ConsumerGroup group(String name) {
    return groups.computeIfAbsent(
        name,
        n -> {
          ConsumerGroup group = new ConsumerGroup(n, groups.size() + 1);
          log.values().stream().filter(m -> !m.delayed()).forEach(group::offer);
          return group;
        });
  }

  public Optional<ConsumerGroup> existingGroup(String name) {
    return Optional.ofNullable(groups.get(name));
  }

  public Collection<ConsumerGroup> groups() {
    return groups.values();
  }

  /** Adds a normal or committed message; unless a timer still hides it, every group may take it now. */
  public void append(StoredMessage message) {
    log.put(message.seq(), message);
    if (!message.delayed()) {
      groups.values().forEach(g -> g.offer(message));
    }
  }

  /** A timer message's time has come. */
  public void reveal(StoredMessage message) {
    message.delayed(false);
    if (log.containsKey(message.seq())) {
      groups.values().forEach(g -> g.offer(message));
    }
  }

  /** One group is done with the message; returns true when no group needs it any more and it left the log. */
  public boolean settle(StoredMessage message) {
    if (message.settle() < groups.size()) {
      return false;
    }
    log.remove(message.seq());
    groups.values().forEach(g -> g.forget(message.seq()));
    return true;
  }

  public HalfStream halves() {
    return halves;
  }

  public WaitingConsumers waiting() {
    return waiting;
  }

  public int retained() {
    return log.size();
  }

  public long delayedCount() {
    return log.values().stream().filter(StoredMessage::delayed).count();
  }

  public void countRollback() {
    rolledBack++;
  }

  public long rolledBack() {
    return rolledBack;
  }
}
