package io.mqharness.mock.engine;

import java.util.logging.Logger;

/**
 * How long messages stay: a topic keeps each deliverable message for {@code retention} (engine time, after the
 * time scale) from the moment it became deliverable, for every group, whatever the groups ack. When the store
 * holds {@code maxStoredMessages}, a publish first evicts the engine's oldest retained message (the next to
 * expire); it is refused only when nothing can be evicted, because every stored message is a timer message not
 * yet due or an undecided transactional message.
 *
 * <p>Each topic with a non-empty log has one expiry check on the agenda, at its oldest message's expiry; the
 * check drops what has expired and puts itself back for the next oldest.
 */
final class Retention {
  private static final Logger LOG = Logger.getLogger(Retention.class.getName());

  private final EngineContext ctx;
  private boolean evictionLogged;

  public Retention(EngineContext ctx) {
    this.ctx = ctx;
  }

  /** A message joined the topic's log: makes sure the topic's expiry check is on the agenda. */
  void watch(Topic topic) {
    if (!topic.expiryWatched() && topic.oldest() != null) {
      topic.expiryWatched(true);
      ctx.agenda().at(expiresAt(topic.oldest()), () -> expire(topic));
    }
  }

  /**
   * Evicts the oldest retained message of the whole engine to make room for one more; false when no topic has a
   * message that may be evicted. The first eviction is logged; every one is counted ({@code evicted}).
   */
  boolean makeRoom() {
    Topic holder = null;
    for (Topic topic : ctx.topics().values()) {
      StoredMessage oldest = topic.oldest();
      if (oldest != null && (holder == null || older(oldest, holder.oldest()))) {
        holder = topic;
      }
    }
    if (holder == null) {
      return false;
    }
    if (!evictionLogged) {
      evictionLogged = true;
      LOG.warning("The message store is full (" + ctx.stored() + " messages, cap " + ctx.settings().maxStoredMessages()
          + ", --max-messages): each publish now evicts the oldest retained message before its retention of "
          + ctx.settings().retention() + " ends. Evictions are counted as engine.evicted in /__admin/mq/counters;"
          + " this is logged once.");
    }
    holder.dropOldest();
    ctx.stored(-1);
    ctx.counters().evicted++;
    return true;
  }

  private void expire(Topic topic) {
    topic.expiryWatched(false);
    long now = ctx.now();
    while (topic.oldest() != null && expiresAt(topic.oldest()) <= now) {
      topic.dropOldest();
      ctx.stored(-1);
      ctx.counters().expired++;
    }
    watch(topic);
  }

  private long expiresAt(StoredMessage message) {
    return message.deliverAt() + ctx.scaledMillis(ctx.settings().retention());
  }

  private static boolean older(StoredMessage a, StoredMessage b) {
    return a.deliverAt() != b.deliverAt() ? a.deliverAt() < b.deliverAt() : a.seq() < b.seq();
  }
}
