package io.mqharness.reports.architecture;

import io.mqharness.archrules.Boundaries;
import io.mqharness.archrules.ModuleClasses;
import io.mqharness.archrules.ModuleKind;
import io.mqharness.archrules.UnusedCode;
import org.junit.jupiter.api.Test;

/**
 * The report index reads files only (no other module), its packages form no cycle, and none of its
 * code goes uncalled.
 */
class ReportsArchitectureTest {
  private static final ModuleClasses REPORTS = ModuleClasses.of("io.mqharness.reports");

  @Test
  void itUsesOnlyTheModulesItBuildsOn() {
    Boundaries.usesOnlyModules(REPORTS).check(REPORTS.classes());
  }

  @Test
  void itsPackagesFormNoCycle() {
    Boundaries.packagesFreeOfCycles(REPORTS).check(REPORTS.judged());
  }

  @Test
  void everyMethodHasACaller() {
    UnusedCode.methodsNobodyCalls(REPORTS, ModuleKind.APPLICATION).check(REPORTS.classes());
  }
}
