package io.mqharness.reports.conformance;

/** A scenario a client failed, with the one-line reason the matrix gives. */
public record ScenarioFailure(String scenario, String group, String spec, String client, String reason) {}
