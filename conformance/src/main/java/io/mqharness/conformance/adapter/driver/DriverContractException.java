package io.mqharness.conformance.adapter.driver;

import java.util.List;

/**
 * A driver answered with a line that breaks {@code driver-contract.schema.json}: a contract
 * failure, not a failure of the client under test, so it is not a {@link
 * io.mqharness.conformance.adapter.ClientFailure} and no scenario takes it for an error the client
 * reported. The message names the driver, the op, each violation with its path and the line
 * received.
 */
public final class DriverContractException extends RuntimeException {
  private final List<String> violations;
  private final String line;

  DriverContractException(
      String driver, String op, String definition, List<String> violations, String line) {
    super(
        driver
            + " answered "
            + op
            + " against the driver contract ("
            + DriverContract.FILE
            + "#/$defs/"
            + definition
            + "): "
            + String.join("; ", violations)
            + " | line received: "
            + line);
    this.violations = List.copyOf(violations);
    this.line = line;
  }

  /** Each violation: the path in the answer and what is wrong there. */
  public List<String> violations() {
    return violations;
  }

  /** The answer line as received. */
  public String line() {
    return line;
  }
}
