package io.mqharness.conformance.support.expectation;

import org.opentest4j.AssertionFailedError;

/**
 * A scenario failed for a client whose expectations do not list it: the build fails, and the
 * message names the scenario and the client (Surefire names a run by its method and index only).
 * The scenario's failure is the cause.
 */
public final class UnexpectedFailure extends AssertionFailedError {
  UnexpectedFailure(String scenario, String client, Throwable actual) {
    super(
        scenario
            + " failed for "
            + client
            + ", and no expectations file expects it: "
            + ExpectedFailure.firstLine(actual),
        actual);
  }
}
