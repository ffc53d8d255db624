package io.mqharness.simulator.engine.observe;

/**
 * One consumer group of a topic: messages it may receive now ({@code visible}), received and not
 * acked ({@code inFlight}), acked, and dead after their last retry.
 */
public record GroupSnapshot(String group, long visible, long inFlight, long acked, long dead) {}
