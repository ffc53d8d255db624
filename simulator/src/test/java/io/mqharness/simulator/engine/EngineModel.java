package io.mqharness.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.model.ConsumedMessage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The simple model the property test holds the engine to: which messages each group must still get,
 * and what each group and half message has seen. Its rules restate SPEC §6 and the retention rule
 * (every group gets every message until it acks it or {@code retentionMillis} have passed since the
 * message became deliverable) without the engine's data structures.
 */
final class EngineModel {
  enum Kind {
    NORMAL,
    HALF,
    COMMITTED,
    ROLLED_BACK
  }

  static final class Message {
    final String id;
    final String tag;
    final String partition;
    final long publishTime;
    final long deliverAt;
    final long immuneUntil;
    Kind kind;
    long retainedSince;
    int pops;
    long windowEnd;
    String latestPopHandle;

    Message(
        String id,
        String tag,
        String partition,
        long publishTime,
        long deliverAt,
        long immuneUntil,
        Kind kind) {
      this.id = id;
      this.tag = tag;
      this.partition = partition;
      this.publishTime = publishTime;
      this.deliverAt = deliverAt;
      this.immuneUntil = immuneUntil;
      this.kind = kind;
      this.retainedSince = deliverAt;
    }

    boolean consumable() {
      return kind == Kind.NORMAL || kind == Kind.COMMITTED;
    }
  }

  final long retentionMillis;

  /** What one group knows of one message. */
  static final class Seen {
    int consumedTimes;
    long invisibleUntil;
    String latestHandle;
    boolean acked;
  }

  final Map<String, Message> messages = new LinkedHashMap<>();
  final Map<String, Set<String>> needs = new LinkedHashMap<>();
  final Map<String, Map<String, Seen>> seen = new HashMap<>();

  EngineModel(long retentionMillis) {
    this.retentionMillis = retentionMillis;
  }

  /** Whether the message's retention has ended: it is gone for every group. */
  boolean expired(String id, long now) {
    return now >= messages.get(id).retainedSince + retentionMillis;
  }

  /** What the group must still get at {@code now}: what it needs, less what has expired. */
  Set<String> stillNeeded(String group, long now) {
    Set<String> left = new HashSet<>(needs.get(group));
    left.removeIf(id -> expired(id, now));
    return left;
  }

  void published(Message message) {
    messages.put(message.id, message);
    if (message.consumable()) {
      needs.values().forEach(n -> n.add(message.id));
    }
  }

  void committed(String id, long now) {
    Message m = messages.get(id);
    m.kind = Kind.COMMITTED;
    m.retainedSince = Math.max(m.deliverAt, now);
    needs.values().forEach(n -> n.add(id));
  }

  void rolledBack(String id) {
    messages.get(id).kind = Kind.ROLLED_BACK;
  }

  /**
   * A group starts with every consumable message, whatever other groups acked (expired ones drop
   * out later).
   */
  void groupUsed(String group) {
    if (needs.containsKey(group)) {
      return;
    }
    Set<String> retained = new HashSet<>();
    for (Message m : messages.values()) {
      if (m.consumable()) {
        retained.add(m.id);
      }
    }
    needs.put(group, retained);
    seen.put(group, new HashMap<>());
  }

  /** Checks one normal or orderly delivery against the rules, then records it. */
  void delivered(String group, ConsumedMessage d, long now, TagFilter filter) {
    Message m = messages.get(d.messageId());
    assertThat(m).as("delivered message is known").isNotNull();
    assertThat(m.consumable())
        .as("only normal or committed messages reach consumers, got %s", m.kind)
        .isTrue();
    assertThat(now)
        .as("timer message %s not before its time", m.id)
        .isGreaterThanOrEqualTo(m.deliverAt);
    assertThat(filter.matches(m.tag)).as("tag filter").isTrue();
    assertThat(expired(m.id, now))
        .as("message %s delivered after its retention ended", m.id)
        .isFalse();
    assertThat(needs.get(group)).as("group %s still needs %s", group, m.id).contains(m.id);
    Seen s = seen.get(group).computeIfAbsent(m.id, id -> new Seen());
    assertThat(s.acked).as("an acked message never comes back").isFalse();
    assertThat(now)
        .as("not delivered again while invisible")
        .isGreaterThanOrEqualTo(s.invisibleUntil);
    assertThat(d.consumedTimes())
        .as("ConsumedTimes +1 per delivery")
        .isEqualTo(s.consumedTimes + 1);
    s.consumedTimes++;
    s.invisibleUntil = d.nextConsumeTime();
    s.latestHandle = d.receiptHandle();
  }

  /**
   * Whether the group holds a message of the partition in flight (an expired one is gone, and holds
   * nothing).
   */
  boolean partitionInFlight(String group, String partition, long now) {
    return seen.get(group).entrySet().stream()
        .anyMatch(
            e ->
                !e.getValue().acked
                    && e.getValue().invisibleUntil > now
                    && !expired(e.getKey(), now)
                    && messages.get(e.getKey()).partition.equals(partition));
  }

  void popped(ConsumedMessage d, long now) {
    Message m = messages.get(d.messageId());
    assertThat(m.kind).as("only half messages are popped").isEqualTo(Kind.HALF);
    assertThat(now).as("not popped during check immunity").isGreaterThanOrEqualTo(m.immuneUntil);
    assertThat(now).as("not popped during a re-check window").isGreaterThanOrEqualTo(m.windowEnd);
    assertThat(d.consumedTimes()).as("pop count +1").isEqualTo(m.pops + 1);
    m.pops++;
    m.windowEnd = d.nextConsumeTime();
    m.latestPopHandle = d.receiptHandle();
  }

  /**
   * Whether an ack by {@code group} of a handle issued to {@code issuedTo} for {@code id} must
   * succeed.
   */
  boolean ackValid(String group, String issuedTo, String id, String handle, long now) {
    if (!group.equals(issuedTo) || !seen.containsKey(group)) {
      return false;
    }
    Seen s = seen.get(group).get(id);
    return !s.acked && handle.equals(s.latestHandle) && now < s.invisibleUntil && !expired(id, now);
  }

  void acked(String group, String id) {
    seen.get(group).get(id).acked = true;
    needs.get(group).remove(id);
  }

  boolean decideValid(String id, String handle, boolean publishHandle, long now) {
    Message m = messages.get(id);
    if (m.kind != Kind.HALF) {
      return false;
    }
    return publishHandle
        ? now < m.immuneUntil
        : handle.equals(m.latestPopHandle) && now < m.windowEnd;
  }
}
