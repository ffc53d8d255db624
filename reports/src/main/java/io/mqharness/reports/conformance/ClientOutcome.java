package io.mqharness.reports.conformance;

/** One client's line of the matrix summary. */
public record ClientOutcome(String client, int passed, int failed, int skipped) {}
