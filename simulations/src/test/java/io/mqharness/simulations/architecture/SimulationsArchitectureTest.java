package io.mqharness.simulations.architecture;

import io.mqharness.archrules.Boundaries;
import io.mqharness.archrules.ModuleClasses;
import io.mqharness.archrules.ModuleKind;
import io.mqharness.archrules.UnusedCode;
import org.junit.jupiter.api.Test;

/**
 * The simulations build on the protocol and the simulator, their packages form no cycle, and none
 * of their code goes uncalled.
 */
class SimulationsArchitectureTest {
  private static final ModuleClasses SIMULATIONS =
      ModuleClasses.testCodeOnly("io.mqharness.simulations");

  @Test
  void itUsesOnlyTheModulesItBuildsOn() {
    Boundaries.usesOnlyModules(SIMULATIONS, "io.mqharness.protocol", "io.mqharness.simulator")
        .check(SIMULATIONS.classes());
  }

  @Test
  void itsPackagesFormNoCycle() {
    Boundaries.packagesFreeOfCycles(SIMULATIONS).check(SIMULATIONS.judged());
  }

  @Test
  void everyMethodHasACaller() {
    UnusedCode.methodsNobodyCalls(SIMULATIONS, ModuleKind.APPLICATION).check(SIMULATIONS.classes());
  }
}
