package io.mqharness.reports.gatling;

/** What the index needs from one Gatling HTML report directory. */
public record GatlingReport(
    GatlingRunId id, String simulation, GatlingStats stats, GatlingAssertions assertions) {}
