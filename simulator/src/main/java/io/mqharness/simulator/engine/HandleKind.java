package io.mqharness.simulator.engine;

/** What a receipt handle was issued for; it decides which DELETE may use it (SPEC §6.5 rule 11). */
enum HandleKind {
  /** A normal or orderly consume: ack only. */
  CONSUMED,
  /**
   * The publish answer of a transactional message: commit or rollback within the check immunity
   * time.
   */
  HALF_PUBLISHED,
  /** A half pop: commit or rollback within the re-check window. */
  HALF_POPPED
}
