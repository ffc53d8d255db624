package io.mqharness.conformance.meta;

import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;

/** A simulator of its own for each meta-test, with a virtual clock like the embedded target. */
final class MetaSimulator {
  private MetaSimulator() {}

  static MqSimulator start() {
    return MqSimulator.start(SimulatorOptions.defaults().withVirtualClock(true));
  }
}
