/**
 * The test kit: what tests, benchmarks and load runs in every module use to start the simulator and
 * read it. The embedded simulator is {@link io.mqharness.simulator.MqSimulator} itself (or {@link
 * io.mqharness.simulator.junit.MqSimulatorExtension} in JUnit 5); {@link
 * io.mqharness.simulator.testkit.StandaloneSimulator} runs the standalone jar as a child process on
 * a free loopback port; {@link io.mqharness.simulator.testkit.SimulatorAdminClient} reads and
 * drives either through the admin API ({@code /__admin/mq/...}), with records for its answers.
 */
package io.mqharness.simulator.testkit;
