package io.mqharness.simulations.harness;

import io.gatling.javaapi.core.Simulation;

/**
 * A simulation of the harness: Gatling's {@link Simulation}, nothing added. What a run shares with
 * the others is in {@link HarnessRun}, called from each simulation's own constructor, {@code
 * before()} and {@code after()}; the Kubernetes recipe and {@code ./harness} run only simulations
 * of this kind.
 */
public abstract class HarnessSimulation extends Simulation {}
