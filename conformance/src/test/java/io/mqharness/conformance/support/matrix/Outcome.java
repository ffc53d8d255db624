package io.mqharness.conformance.support.matrix;

/**
 * One client's result on one scenario; {@code reason} is the failure's or skip's first line, null
 * on a pass. {@code XFAIL}: failed as the client's expectations file says it does (the reason says
 * why).
 */
public record Outcome(Status status, String reason, long durationMillis) {
  public enum Status {
    PASS,
    FAIL,
    XFAIL,
    SKIP
  }
}
