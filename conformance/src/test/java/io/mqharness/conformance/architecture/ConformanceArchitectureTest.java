package io.mqharness.conformance.architecture;

import io.mqharness.archrules.Boundaries;
import io.mqharness.archrules.ModuleClasses;
import io.mqharness.archrules.ModuleKind;
import io.mqharness.archrules.UnusedCode;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite builds on the protocol and the simulator, its packages form no cycle, and
 * none of its main code goes uncalled.
 */
class ConformanceArchitectureTest {
  private static final ModuleClasses CONFORMANCE = ModuleClasses.of("io.mqharness.conformance");

  @Test
  void itUsesOnlyTheModulesItBuildsOn() {
    Boundaries.usesOnlyModules(CONFORMANCE, "io.mqharness.protocol", "io.mqharness.simulator")
        .check(CONFORMANCE.classes());
  }

  @Test
  void itsPackagesFormNoCycle() {
    Boundaries.packagesFreeOfCycles(CONFORMANCE).check(CONFORMANCE.judged());
  }

  @Test
  void everyMethodHasACaller() {
    UnusedCode.methodsNobodyCalls(CONFORMANCE, ModuleKind.APPLICATION).check(CONFORMANCE.classes());
  }
}
