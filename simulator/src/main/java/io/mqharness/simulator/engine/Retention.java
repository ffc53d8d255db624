package io.mqharness.simulator.engine;

/**
 * How long messages stay (SPEC §6 notation, §9 Q1, §10 "message retention"), and which one goes
 * when the store is full ({@link StoreCap}). A topic keeps each deliverable message for {@code
 * retention} (scaled) from the moment it became deliverable (its publish, its timer's time or its
 * commit), for every group, whatever the groups ack; a group created later starts from the oldest
 * retained message. A publish into a full store first evicts the engine's oldest retained message
 * (the next to expire), and is refused only when nothing can be evicted, because every stored
 * message is a timer message not yet due or an undecided transactional message. An expired or
 * evicted message leaves every group's state too: its handles no longer ack, and its ordered
 * partition is free.
 *
 * <p>Each topic with a non-empty log has one expiry check on the agenda, at its oldest message's
 * expiry; the check drops what has expired and puts itself back for the next oldest.
 */
record Retention(
    EngineSettings settings,
    EngineTime time,
    Agenda agenda,
    Topics topics,
    Counters counters,
    StoreCap store) {
  /**
   * Makes room for one more message, evicting the engine's oldest retained messages while the store
   * is full; false when it is full and nothing can be evicted. Every eviction is counted ({@code
   * evicted}).
   */
  boolean makeRoom() {
    while (store.full()) {
      if (!evictOldest()) {
        return false;
      }
    }
    return true;
  }

  /** A message joined the topic's log: makes sure the topic's expiry check is on the agenda. */
  void watch(Topic topic) {
    if (!topic.expiryWatched() && topic.oldest() != null) {
      topic.expiryWatched(true);
      agenda.at(expiresAt(topic.oldest()), () -> expire(topic));
    }
  }

  private boolean evictOldest() {
    Topic holder = null;
    for (Topic topic : topics.all().values()) {
      StoredMessage oldest = topic.oldest();
      if (oldest != null && (holder == null || older(oldest, holder.oldest()))) {
        holder = topic;
      }
    }
    if (holder == null) {
      return false;
    }
    store.evicted();
    holder.dropOldest();
    counters.evicted++;
    return true;
  }

  private void expire(Topic topic) {
    topic.expiryWatched(false);
    long now = time.now();
    while (topic.oldest() != null && expiresAt(topic.oldest()) <= now) {
      topic.dropOldest();
      store.removed();
      counters.expired++;
    }
    watch(topic);
  }

  private long expiresAt(StoredMessage message) {
    return message.deliverAt() + time.scaledMillis(settings.retention());
  }

  private static boolean older(StoredMessage a, StoredMessage b) {
    return a.deliverAt() != b.deliverAt() ? a.deliverAt() < b.deliverAt() : a.seq() < b.seq();
  }
}
