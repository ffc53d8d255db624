package io.mqharness.reports.conformance;

/**
 * One client's line of the matrix summary: scenarios passed, failed, failed as its expectations
 * file expects ({@code expectedFailures}, known findings that do not break the build) and skipped.
 */
public record ClientOutcome(
    String client, int passed, int failed, int expectedFailures, int skipped) {}
