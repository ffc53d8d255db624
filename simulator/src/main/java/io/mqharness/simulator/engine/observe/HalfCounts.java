package io.mqharness.simulator.engine.observe;

/** Undecided transactional messages of a topic by state (SPEC §6.5). */
public record HalfCounts(long immune, long checkable, long checking) {}
