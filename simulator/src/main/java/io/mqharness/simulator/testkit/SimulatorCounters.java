package io.mqharness.simulator.testkit;

import io.mqharness.simulator.engine.observe.EngineCounters;
import io.mqharness.simulator.wiremock.WireCounters;

/**
 * A simulator's answer to {@code GET /__admin/mq/counters}, read by {@link
 * SimulatorAdminClient#counters()}.
 *
 * @param engine the engine's cumulative counts since start or the last reset (messages), and the
 *     consumers waiting in a long poll now
 * @param wire requests the HTTP layer handed to the engine, and those it refused per error code
 */
public record SimulatorCounters(EngineCounters engine, WireCounters.Snapshot wire) {}
