package io.mqharness.benchmarks;

/**
 * The long-poll phase: how many consumers waited at once (as the simulator counted them), the
 * publish-to-receive latencies, how many consumers got a message or timed out, and how many were
 * still waiting at the end (should be 0).
 */
record LongPollResult(
    int consumers,
    int seenWaiting,
    Latencies latencies,
    int released,
    int emptyOrFailed,
    int stillWaiting,
    double openSeconds) {}
