package io.mqharness.archrules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Module and package boundaries, frozen like {@link UnusedCode}: a module's main code uses only the modules it is
 * meant to (the protocol nothing of ours, the simulator only the protocol...), and its packages form no cycle.
 */
public final class Boundaries {
  private static final String ROOT = "io.mqharness";

  private Boundaries() {}

  /**
   * Main code under {@code basePackage} depends on no other package of ours than those named.
   *
   * @param basePackage the module's root package, e.g. {@code io.mqharness.mock}
   * @param allowed the other modules' root packages it may use, e.g. {@code io.mqharness.protocol}
   * @return the rule; check it with {@code rule.check(module.classes())}
   */
  public static ArchRule usesOnlyModules(String basePackage, String... allowed) {
    String[] permitted =
        Stream.concat(Stream.of(basePackage), Arrays.stream(allowed))
            .map(p -> p + "..")
            .toArray(String[]::new);
    return noClasses()
        .that(ModuleClasses.MAIN_CODE)
        .and()
        .resideInAPackage(basePackage + "..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage(ROOT + "..")
                .and(
                    DescribedPredicate.not(
                        JavaClass.Predicates.resideInAnyPackage(
                            permitted))))
        .as(basePackage + " uses no module of ours but " + String.join(", ", allowed));
  }

  /**
   * The packages directly below {@code basePackage} (and their sub-packages, as one slice each) form no cycle.
   *
   * @param basePackage the module's root package
   * @return a frozen rule; check it with {@code rule.check(module.classes())}
   */
  public static ArchRule packagesFreeOfCycles(String basePackage) {
    return FreezingArchRule.freeze(
        slices()
            .matching(basePackage + ".(*)..")
            .should()
            .beFreeOfCycles()
            .as("the packages of " + basePackage + " form no cycle"));
  }
}
