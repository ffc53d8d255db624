package io.mqharness.mock.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is plain Java: no HTTP, XML or WireMock, and no time but its Clock's. */
class EngineArchitectureTest {
  private static final JavaClasses ENGINE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.mqharness.mock.engine");

  @Test
  void theEngineKnowsNoHttpXmlOrWireMock() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "com.github.tomakehurst..", "io.mqharness.mock.wiremock..", "io.mqharness.protocol.xml..",
            "io.mqharness.protocol.client..", "com.fasterxml..", "jakarta.servlet..", "org.eclipse.jetty..", "java.net.http..")
        .check(ENGINE);
  }

  @Test
  void onlySystemClockReadsTheSystemsTime() {
    noClasses().that().doNotHaveSimpleName("SystemClock")
        .should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(Thread.class, "sleep", long.class)
        .orShould().callMethod(java.time.Instant.class, "now")
        .check(ENGINE);
  }
}
