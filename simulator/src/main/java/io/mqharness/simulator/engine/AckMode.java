package io.mqharness.simulator.engine;

/** What a DELETE does with its handles: ack, {@code trans=commit} or {@code trans=rollback}. */
public enum AckMode {
  ACK,
  COMMIT,
  ROLLBACK
}
