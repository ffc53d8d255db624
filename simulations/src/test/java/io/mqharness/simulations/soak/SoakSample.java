package io.mqharness.simulations.soak;

/**
 * One sample of a soak run, {@code tSeconds} after the measured load started: the simulator's heap
 * after a collection and its limit (bytes), live threads, open connections and stored messages
 * (from {@code /__admin/mq/jvm}), and the run's own rates over the interval since the previous
 * sample: requests, publishes answered OK and deliveries per second, and KOs in the interval.
 */
public record SoakSample(
    double tSeconds,
    long heapUsedAfterGcBytes,
    long heapMaxBytes,
    int liveThreads,
    int openConnections,
    long storedMessages,
    double requestsPerSecond,
    double publishedPerSecond,
    double deliveredPerSecond,
    long kos) {}
