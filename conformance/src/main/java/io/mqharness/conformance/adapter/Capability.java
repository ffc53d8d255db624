package io.mqharness.conformance.adapter;

/** Optional parts of the protocol a client may lack. */
public enum Capability {
  /** Consume with {@code trans=order}. */
  ORDERED_CONSUME,
  /** Publish half messages, pop them, commit and roll back. */
  TRANSACTIONS,
  /** Timer messages ({@code __STARTDELIVERTIME}). */
  TIMER_MESSAGES,
  /** Acks several handles in one request and reports per-handle failures. */
  BATCH_ACK
}
