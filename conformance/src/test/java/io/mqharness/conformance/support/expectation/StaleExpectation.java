package io.mqharness.conformance.support.expectation;

import org.opentest4j.AssertionFailedError;

/**
 * A scenario expected to fail passed: the client or the simulator changed, and the entry must go.
 */
public final class StaleExpectation extends AssertionFailedError {
  StaleExpectation(Expectation expectation) {
    super(
        "stale expectation: "
            + expectation.describe()
            + " passed, but "
            + expectation.file()
            + " expects it to fail ("
            + expectation.reason()
            + "); remove that entry");
  }
}
