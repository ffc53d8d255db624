package io.mqharness.reports.conformance;

/**
 * A scenario a client failed, with the one-line reason the matrix gives; {@code expected} when the
 * client's expectations file lists it (a known finding, status {@code xfail} in the matrix).
 */
public record ScenarioFailure(
    String scenario, String group, String spec, String client, String reason, boolean expected) {}
