package io.mqharness.simulator.engine;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mqharness.protocol.sign.ContentDigest;
import io.mqharness.simulator.engine.observe.EngineCounters;
import io.mqharness.simulator.engine.observe.EngineSnapshot;
import io.mqharness.simulator.engine.observe.GroupSnapshot;
import io.mqharness.simulator.engine.observe.HalfCounts;
import io.mqharness.simulator.engine.observe.InstanceSnapshot;
import io.mqharness.simulator.engine.observe.TopicSnapshot;
import io.mqharness.simulator.engine.time.Clock;
import io.mqharness.simulator.engine.time.SystemClock;
import io.mqharness.simulator.engine.time.VirtualClock;
import org.junit.jupiter.api.Test;

/**
 * The engine is plain Java (no HTTP, XML, WireMock or Jackson, and no time but its Clock's), and
 * the rest of the simulator uses it only through its public API (ENGINE.md).
 */
class EngineArchitectureTest {
  private static final String ENGINE = "io.mqharness.simulator.engine..";

  /** The engine's public API: the only engine types a class outside the engine may use. */
  static final Class<?>[] PUBLIC_API = {
    SimulatorEngine.class,
    EngineSettings.class,
    TopicRef.class,
    ConsumeRequest.class,
    ConsumeMode.class,
    TagFilter.class,
    AckRequest.class,
    AckMode.class,
    PublishOutcome.class,
    ConsumeOutcome.class,
    AckOutcome.class,
    Rejected.class,
    EngineSnapshot.class,
    InstanceSnapshot.class,
    TopicSnapshot.class,
    GroupSnapshot.class,
    HalfCounts.class,
    EngineCounters.class,
    Clock.class,
    SystemClock.class,
    VirtualClock.class,
  };

  private static final JavaClasses ENGINE_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.mqharness.simulator.engine");

  /** The whole simulator, its tests included (the bench, the HTTP tests). */
  private static final JavaClasses SIMULATOR =
      new ClassFileImporter().importPackages("io.mqharness.simulator");

  @Test
  void theEngineKnowsNoHttpXmlOrWireMock() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.github.tomakehurst..",
            "io.mqharness.simulator.wiremock..",
            "io.mqharness.protocol.xml..",
            "io.mqharness.protocol.client..",
            "com.fasterxml..",
            "jakarta.servlet..",
            "org.eclipse.jetty..",
            "java.net.http..")
        .check(ENGINE_CLASSES);
  }

  @Test
  void theEngineNeedsOnlyTheJdkAndTheProtocolsModelCodesLimitsPropertiesAndDigest() {
    classes()
        .should()
        .onlyDependOnClassesThat(
            resideInAnyPackage(
                    "java..",
                    ENGINE,
                    "io.mqharness.protocol.model..",
                    "io.mqharness.protocol.error..",
                    "io.mqharness.protocol.limits..",
                    "io.mqharness.protocol.properties..")
                .or(belongToAnyOf(ContentDigest.class)))
        .check(ENGINE_CLASSES);
  }

  @Test
  void onlySystemClockReadsTheSystemsTime() {
    noClasses()
        .that()
        .doNotHaveSimpleName("SystemClock")
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .callMethod(Thread.class, "sleep", long.class)
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .check(ENGINE_CLASSES);
  }

  @Test
  void outsideTheEngineOnlyItsPublicApiIsUsed() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ENGINE)
        .should()
        .dependOnClassesThat(
            resideInAPackage(ENGINE).and(not(belongToAnyOf(PUBLIC_API))).as("are engine internals"))
        .check(SIMULATOR);
  }

  @Test
  void theEnginesPublicTypesAreItsPublicApi() {
    classes()
        .that()
        .arePublic()
        .should(be(belongToAnyOf(PUBLIC_API).as("part of the engine's public API")))
        .check(ENGINE_CLASSES);
  }

  /**
   * One request, one operation: the lifecycles and the state never call back into a request's flow.
   */
  @Test
  void onlyTheFacadeRunsTheOperations() {
    noClasses()
        .that()
        .doNotHaveSimpleName("SimulatorEngine")
        .and()
        .haveSimpleNameNotEndingWith("Op")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Op")
        .check(ENGINE_CLASSES);
  }
}
