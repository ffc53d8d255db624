package io.mqharness.mock.engine;

/** What an ack/commit/rollback gives: {@link AllAcked}, {@link PartiallyFailed} or {@link Rejected}. */
public sealed interface AckOutcome permits AllAcked, PartiallyFailed, Rejected {}
