package io.mqharness.benchmarks.architecture;

import io.mqharness.archrules.Boundaries;
import io.mqharness.archrules.ModuleClasses;
import io.mqharness.archrules.ModuleKind;
import io.mqharness.archrules.UnusedCode;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks build on the protocol and the simulator, their packages form no cycle, and none of
 * their code goes uncalled.
 */
class BenchmarksArchitectureTest {
  private static final ModuleClasses BENCHMARKS = ModuleClasses.of("io.mqharness.benchmarks");

  @Test
  void itUsesOnlyTheModulesItBuildsOn() {
    Boundaries.usesOnlyModules(BENCHMARKS, "io.mqharness.protocol", "io.mqharness.simulator")
        .check(BENCHMARKS.classes());
  }

  @Test
  void itsPackagesFormNoCycle() {
    Boundaries.packagesFreeOfCycles(BENCHMARKS).check(BENCHMARKS.judged());
  }

  @Test
  void everyMethodHasACaller() {
    UnusedCode.methodsNobodyCalls(BENCHMARKS, ModuleKind.APPLICATION).check(BENCHMARKS.classes());
  }
}
