package io.mqharness.conformance.support.expectation;

import org.opentest4j.TestAbortedException;

/**
 * A scenario that failed as its expectation says: reported as skipped (JUnit, Surefire, Allure)
 * with the expectation's reason, and as {@code xfail} in the matrix. The scenario's own failure is
 * the cause.
 */
public final class ExpectedFailure extends TestAbortedException {
  private final transient Expectation expectation;

  ExpectedFailure(Expectation expectation, Throwable actual) {
    super(
        "expected failure ("
            + expectation.file().getFileName()
            + "): "
            + expectation.reason()
            + " ["
            + expectation.spec()
            + "] | actual: "
            + firstLine(actual),
        actual);
    this.expectation = expectation;
  }

  public Expectation expectation() {
    return expectation;
  }

  static String firstLine(Throwable error) {
    String text =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() > 200 ? line.substring(0, 197) + "..." : line;
  }
}
