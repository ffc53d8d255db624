package io.mqharness.mock.engine;

/** Every handle was applied: the wire answer is 204. */
public enum AllAcked implements AckOutcome {
  INSTANCE
}
