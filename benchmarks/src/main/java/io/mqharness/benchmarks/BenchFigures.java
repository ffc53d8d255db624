package io.mqharness.benchmarks;

/**
 * Everything one bench run measured, plus what it ran on; a phase that did not run is null.
 *
 * @param longPollBaseline publish round trips on the same simulator with nobody waiting, just
 *     before the phase
 * @param crowdBaseline the crowd phase's publishes, made the same way before the crowd opened
 */
record BenchFigures(
    String simulatorJdk,
    boolean virtualThreads,
    int cores,
    BenchConfig config,
    LongPollResult longPoll,
    Latencies longPollBaseline,
    WaitingCrowdResult crowd,
    Latencies crowdBaseline,
    MemoryResult memory) {}
