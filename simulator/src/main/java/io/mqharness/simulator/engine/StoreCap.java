package io.mqharness.simulator.engine;

import java.util.logging.Logger;

/**
 * The store cap, the simulator's own bound on memory (ENGINE.md "Retention"; no SPEC section): how
 * many messages the engine stores now, over every topic's log, its timer messages not yet due and
 * its undecided half messages, against {@link EngineSettings#maxStoredMessages()}. {@link
 * Retention} decides what to evict when the store is full; the first eviction is logged here, once
 * for the engine's life.
 */
final class StoreCap {
  private static final Logger LOG = Logger.getLogger(StoreCap.class.getName());

  private final EngineSettings settings;
  private long stored;
  private boolean evictionLogged;

  StoreCap(EngineSettings settings) {
    this.settings = settings;
  }

  /** True when one more message would exceed the cap. */
  boolean full() {
    return stored >= settings.maxStoredMessages();
  }

  /** Messages stored now. */
  long stored() {
    return stored;
  }

  /** A published message is stored. */
  void added() {
    stored++;
  }

  /** A stored message left: expired, rolled back or given up. */
  void removed() {
    stored--;
  }

  /** A message was evicted to make room for a publish; the first time, says so in the log. */
  void evicted() {
    if (!evictionLogged) {
      evictionLogged = true;
      LOG.warning(
          "The message store is full ("
              + stored
              + " messages, cap "
              + settings.maxStoredMessages()
              + ", --max-messages): each publish now evicts the oldest retained message before its retention of "
              + settings.retention()
              + " ends. Evictions are counted as engine.evicted in /__admin/mq/counters;"
              + " this is logged once.");
    }
    stored--;
  }

  /**
   * The message of the {@code InternalError} a publish gets when the store is full and nothing can
   * be evicted.
   */
  String whyFull() {
    return "The simulator's message store is full: "
        + stored
        + " messages are stored (cap "
        + settings.maxStoredMessages()
        + ") and none can be evicted, since timer messages not yet due and"
        + " undecided transactional messages are kept until delivered or decided. Reset the simulator, or raise"
        + " the cap with --max-messages (EngineSettings.withMaxStoredMessages).";
  }

  /** Forgets the count (reset); the log-once flag stays. */
  void clear() {
    stored = 0;
  }
}
