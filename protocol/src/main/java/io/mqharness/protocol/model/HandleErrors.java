package io.mqharness.protocol.model;

import java.util.List;

/** Per-handle failures of an ack, commit or rollback, root {@code <Errors>} (SPEC §4.6, §7.3). */
public record HandleErrors(List<HandleError> errors) {
  public HandleErrors {
    errors = List.copyOf(errors);
  }
}
