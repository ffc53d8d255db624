package io.mqharness.mock.engine;

import io.mqharness.mock.engine.time.Clock;
import io.mqharness.protocol.error.ErrorCode;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the operations share, all guarded by the engine's one lock: topics, the agenda of deadlines,
 * counters, id sources, and what to do once the lock is released (complete futures) or before (wake
 * consumers waiting on the topics an operation touched).
 */
final class EngineContext {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private final Clock clock;
  private final EngineSettings settings;
  private final SecureRandom random = new SecureRandom();
  private final long idPrefix = random.nextLong();
  private final Map<TopicRef, Topic> topics =
      new TreeMap<>((a, b) -> a.instanceId().equals(b.instanceId())
          ? a.topic().compareTo(b.topic()) : a.instanceId().compareTo(b.instanceId()));
  private final Set<TopicRef> declared = new HashSet<>();
  private final Set<Topic> touched = new LinkedHashSet<>();
  private final List<Runnable> afterUnlock = new ArrayList<>();
  private Agenda agenda = new Agenda();
  private Counters counters = new Counters();
  private long ids;
  private long nextSeq;
  private int nextTopicIndex;
  private long stored;
  private int waiting;

  public EngineContext(Clock clock, EngineSettings settings) {
    this.clock = clock;
    this.settings = settings;
  }

  public long now() {
    return clock.nowMillis();
  }

  public Clock clock() {
    return clock;
  }

  public EngineSettings settings() {
    return settings;
  }

  /** A protocol duration in engine milliseconds, after the time scale. */
  public long scaledMillis(Duration protocolTime) {
    return settings.scaled(protocolTime).toMillis();
  }

  /** The topic, or TopicNotExist in strict mode for an undeclared one; lenient mode creates it. */
  public Optional<Topic> topic(TopicRef ref) {
    if (settings.strictTopics() && !declared.contains(ref)) {
      return Optional.empty();
    }
    return Optional.of(topics.computeIfAbsent(ref, this::newTopic));
  }

  public void declare(TopicRef ref) {
    declared.add(ref);
    topics.computeIfAbsent(ref, this::newTopic);
  }

  public boolean isDeclared(TopicRef ref) {
    return declared.contains(ref);
  }

  public Map<TopicRef, Topic> topics() {
    return topics;
  }

  public Rejected reject(ErrorCode code, String message) {
    counters.rejected(code);
    return new Rejected(code, message);
  }

  public Rejected topicNotExist(TopicRef ref) {
    return reject(ErrorCode.TOPIC_NOT_EXIST,
        "The topic " + ref.topic() + (ref.instanceId().isEmpty() ? "" : " of instance " + ref.instanceId())
            + " does not exist; declare it first (strict mode).");
  }

  public Agenda agenda() {
    return agenda;
  }

  public Counters counters() {
    return counters;
  }

  public long nonce() {
    return random.nextLong();
  }

  public long nextSeq() {
    return ++nextSeq;
  }

  /** 32 upper-case hex characters, unique for this engine's life (not reset). */
  public String nextMessageId() {
    return HEX.toHexDigits(idPrefix) + HEX.toHexDigits(++ids);
  }

  public long stored() {
    return stored;
  }

  public void stored(int delta) {
    stored += delta;
  }

  /** Marks a topic whose waiting consumers may now be served. */
  public void touch(Topic topic) {
    touched.add(topic);
  }

  public List<Topic> drainTouched() {
    List<Topic> out = new ArrayList<>(touched);
    touched.clear();
    return out;
  }

  /** Runs once the engine's lock is released (completing futures there keeps callbacks out of the lock). */
  public void afterUnlock(Runnable action) {
    afterUnlock.add(action);
  }

  public List<Runnable> drainAfterUnlock() {
    List<Runnable> out = new ArrayList<>(afterUnlock);
    afterUnlock.clear();
    return out;
  }

  public int waiting() {
    return waiting;
  }

  public void waiting(int delta) {
    waiting += delta;
  }

  /** Forgets topics, declarations, deadlines and counters; ids keep counting so they stay unique. */
  public void clear() {
    topics.clear();
    declared.clear();
    touched.clear();
    agenda = new Agenda();
    counters = new Counters();
    stored = 0;
    waiting = 0;
  }

  private Topic newTopic(TopicRef ref) {
    return new Topic(ref, ++nextTopicIndex);
  }
}
