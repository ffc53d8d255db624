/**
 * Where the service under test is, read the same way by every module: the {@code mq.target.*}
 * settings ({@link io.mqharness.simulator.targeting.TargetKey}, read by {@link
 * io.mqharness.simulator.targeting.TargetOptions} into {@link
 * io.mqharness.simulator.targeting.TargetSettings}) and what they name ({@link
 * io.mqharness.simulator.targeting.TargetDescription}: the embedded simulator, a standalone
 * simulator found through its admin API, or a real instance). The keys are listed in the root
 * README, "Naming the target".
 */
package io.mqharness.simulator.targeting;
