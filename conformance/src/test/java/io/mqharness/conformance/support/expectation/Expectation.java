package io.mqharness.conformance.support.expectation;

import java.nio.file.Path;

/**
 * One known deviation: {@code client} is expected to end {@code scenario} (a scenario class's
 * simple name) with {@code outcome}. {@code reason} is one line; {@code spec} the SPEC section the
 * client departs from; {@code evidence} what shows it (SDK version, upstream report); {@code file}
 * the expectations file it came from.
 */
public record Expectation(
    String client,
    String scenario,
    Outcome outcome,
    String reason,
    String spec,
    String evidence,
    Path file) {

  /**
   * The outcomes a file may expect. Only failures today: a scenario that cannot run is skipped by
   * the suite.
   */
  public enum Outcome {
    FAIL
  }

  /** {@code scenario} for {@code client}, as messages name it. */
  public String describe() {
    return scenario + " for " + client;
  }
}
