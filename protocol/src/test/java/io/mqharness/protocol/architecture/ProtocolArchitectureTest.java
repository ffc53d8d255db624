package io.mqharness.protocol.architecture;

import io.mqharness.archrules.Boundaries;
import io.mqharness.archrules.ModuleClasses;
import io.mqharness.archrules.ModuleKind;
import io.mqharness.archrules.UnusedCode;
import org.junit.jupiter.api.Test;

/**
 * The protocol library stands alone, its packages form no cycle, and none of its code goes
 * uncalled.
 */
class ProtocolArchitectureTest {
  private static final ModuleClasses PROTOCOL = ModuleClasses.of("io.mqharness.protocol");

  @Test
  void theProtocolUsesNoOtherModule() {
    Boundaries.usesOnlyModules(PROTOCOL).check(PROTOCOL.classes());
  }

  @Test
  void itsPackagesFormNoCycle() {
    Boundaries.packagesFreeOfCycles(PROTOCOL).check(PROTOCOL.judged());
  }

  @Test
  void everyMethodHasACaller() {
    UnusedCode.methodsNobodyCalls(PROTOCOL, ModuleKind.LIBRARY).check(PROTOCOL.classes());
  }
}
