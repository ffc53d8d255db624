package io.mqharness.mock.engine;

import java.util.Optional;

/**
 * Commit or rollback of one half message by its publish handle (within the check immunity time) or its
 * latest pop handle (within the re-check window). The group of the request does not matter (SPEC §9 Q11).
 */
final class DecideOp {
  private final EngineContext ctx;
  private final Deadlines deadlines;

  DecideOp(EngineContext ctx, Deadlines deadlines) {
    this.ctx = ctx;
    this.deadlines = deadlines;
  }

  /** Empty when applied, else why the handle failed. */
  Optional<String> apply(Topic topic, ReceiptHandle handle, AckMode mode) {
    if (handle.kind() == HandleKind.CONSUMED) {
      return Optional.of("A consume receipt handle is acked, not committed or rolled back.");
    }
    HalfMessage half = topic.halves().get(handle.seq());
    if (half == null) {
      return Optional.of("The transactional message is already committed, rolled back or unknown.");
    }
    long now = ctx.now();
    boolean valid = handle.kind() == HandleKind.HALF_PUBLISHED
        ? half.acceptsPublishHandle(handle.nonce(), now)
        : half.acceptsPopHandle(handle.serial(), handle.nonce(), now);
    if (!valid) {
      return Optional.of(handle.kind() == HandleKind.HALF_PUBLISHED
          ? "The publish receipt handle is valid only within the check immunity time (__TransCheckT)."
          : "The receipt handle is not the latest half pop's, or its re-check window has ended.");
    }
    topic.halves().decide(half);
    if (mode == AckMode.COMMIT) {
      ctx.counters().committed++;
      deadlines.appendToLog(topic, half.message());
    } else {
      ctx.counters().rolledBack++;
      topic.countRollback();
      ctx.stored(-1);
    }
    return Optional.empty();
  }
}
