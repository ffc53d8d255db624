package io.mqharness.simulator.architecture;

import io.mqharness.archrules.Boundaries;
import io.mqharness.archrules.ModuleClasses;
import io.mqharness.archrules.ModuleKind;
import io.mqharness.archrules.UnusedCode;
import org.junit.jupiter.api.Test;

/**
 * The simulator builds on the protocol alone, its packages form no cycle, and none of its code goes
 * uncalled (the engine's own rules: EngineArchitectureTest).
 */
class SimulatorArchitectureTest {
  private static final ModuleClasses SIMULATOR = ModuleClasses.of("io.mqharness.simulator");

  @Test
  void itUsesOnlyTheModulesItBuildsOn() {
    Boundaries.usesOnlyModules(SIMULATOR, "io.mqharness.protocol").check(SIMULATOR.classes());
  }

  @Test
  void itsPackagesFormNoCycle() {
    Boundaries.packagesFreeOfCycles(SIMULATOR).check(SIMULATOR.judged());
  }

  @Test
  void everyMethodHasACaller() {
    UnusedCode.methodsNobodyCalls(SIMULATOR, ModuleKind.LIBRARY).check(SIMULATOR.classes());
  }
}
