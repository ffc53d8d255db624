/**
 * The test kit: what tests, benchmarks and load runs in every module use to start the simulator and read it. The
 * embedded simulator is {@link io.mqharness.mock.MqSimulator} itself (or {@link
 * io.mqharness.mock.junit.MqSimulatorExtension} in JUnit 5); {@link io.mqharness.mock.testkit.StandaloneSimulator}
 * runs the standalone jar as a child process on a free loopback port; {@link
 * io.mqharness.mock.testkit.SimulatorAdminClient} reads and drives either through the admin API ({@code
 * /__admin/mq/...}), with records for its answers.
 */
package io.mqharness.mock.testkit;
