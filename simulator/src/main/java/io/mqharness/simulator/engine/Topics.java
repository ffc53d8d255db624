package io.mqharness.simulator.engine;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The topics of every instance (SPEC §9 Q2). With {@link EngineSettings#strictTopics()} only
 * declared topics exist, and any other is {@code TopicNotExist}; otherwise a topic springs into
 * being on first use. Each topic gets an engine-wide number, carried in its receipt handles and
 * never reused, so that a handle issued before a reset names no topic after it.
 */
final class Topics {
  private final boolean strict;
  private final Map<TopicRef, Topic> byRef =
      new TreeMap<>(
          (a, b) ->
              a.instanceId().equals(b.instanceId())
                  ? a.topic().compareTo(b.topic())
                  : a.instanceId().compareTo(b.instanceId()));
  private final Set<TopicRef> declared = new HashSet<>();
  private int lastIndex;

  Topics(boolean strict) {
    this.strict = strict;
  }

  /** The topic, created on first use; empty for a topic not declared in strict mode. */
  Optional<Topic> find(TopicRef ref) {
    if (!admits(ref)) {
      return Optional.empty();
    }
    return Optional.of(byRef.computeIfAbsent(ref, this::newTopic));
  }

  /**
   * Whether requests may name the topic (any in lenient mode, declared ones in strict mode),
   * without creating it: a request refused for its content must leave no topic behind.
   */
  boolean admits(TopicRef ref) {
    return !strict || declared.contains(ref);
  }

  /** Declares the topic, creating it if it is new, and returns it. */
  Topic declare(TopicRef ref) {
    declared.add(ref);
    return byRef.computeIfAbsent(ref, this::newTopic);
  }

  boolean isDeclared(TopicRef ref) {
    return declared.contains(ref);
  }

  /** Every topic, ordered by instance id, then topic name; a read-only view. */
  Map<TopicRef, Topic> all() {
    return Collections.unmodifiableMap(byRef);
  }

  /** Forgets every topic and declaration; the numbers keep counting. */
  void clear() {
    byRef.clear();
    declared.clear();
  }

  private Topic newTopic(TopicRef ref) {
    return new Topic(++lastIndex);
  }
}
