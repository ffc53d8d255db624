package io.mqharness.simulator.testkit;

/**
 * A simulator's answer to {@code GET /__admin/mq/clock}: its now (epoch ms) and whether its clock
 * is virtual.
 */
public record SimulatorClockState(long nowMillis, boolean virtual) {}
