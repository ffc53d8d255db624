package io.mqharness.mock.engine;

/** Nothing deliverable after the wait: the wire answer is 404 {@code MessageNotExist}. */
public enum NoMessage implements ConsumeOutcome {
  INSTANCE
}
