package io.mqharness.mock.engine;

import java.util.List;

/** Some handles failed (the others were applied): the wire answer is 404 with {@code <Errors>}. */
public record PartiallyFailed(List<HandleFailure> failures) implements AckOutcome {
  public PartiallyFailed {
    failures = List.copyOf(failures);
  }
}
