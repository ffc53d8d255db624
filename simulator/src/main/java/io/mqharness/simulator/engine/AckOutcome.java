package io.mqharness.simulator.engine;

import io.mqharness.protocol.model.HandleError;
import java.util.List;

/**
 * What an ack/commit/rollback gives (SPEC §7.3): {@link AllAcked}, {@link PartiallyFailed} or, for
 * the request as a whole, {@link Rejected}.
 */
public sealed interface AckOutcome
    permits AckOutcome.AllAcked, AckOutcome.PartiallyFailed, Rejected {

  /** Every handle was applied: the wire answer is 204. */
  enum AllAcked implements AckOutcome {
    INSTANCE
  }

  /**
   * Some handles failed (the others were applied), listed in request order, each as the protocol's
   * {@link HandleError} with its code, a human message and the handle as sent: the wire answer is
   * 404 with {@code <Errors>}.
   */
  record PartiallyFailed(List<HandleError> failures) implements AckOutcome {
    public PartiallyFailed {
      failures = List.copyOf(failures);
    }
  }
}
