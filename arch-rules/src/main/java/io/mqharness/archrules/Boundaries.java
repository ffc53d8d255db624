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
 * Module and package boundaries, frozen like {@link UnusedCode}: a module's main code uses only the
 * modules it is meant to (the protocol nothing of ours, the simulator only the protocol...), and
 * its packages form no cycle.
 */
public final class Boundaries {
  private static final String ROOT = "io.mqharness";
  private static final String ARCH_RULES = Boundaries.class.getPackageName();

  private Boundaries() {}

  /**
   * The judged code of a module depends on no other package of ours than those named.
   *
   * @param module the module's classes and which of them are judged
   * @param allowed the other modules' root packages it may use, e.g. {@code io.mqharness.protocol}
   * @return the rule; check it with {@code rule.check(module.classes())}
   */
  public static ArchRule usesOnlyModules(ModuleClasses module, String... allowed) {
    String basePackage = module.basePackage();
    String[] permitted =
        Stream.concat(Stream.of(basePackage, ARCH_RULES), Arrays.stream(allowed))
            .map(p -> p + "..")
            .toArray(String[]::new);
    return noClasses()
        .that(module.checked())
        .and()
        .resideInAPackage(basePackage + "..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage(ROOT + "..")
                .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(permitted))))
        .as(
            basePackage
                + (allowed.length == 0
                    ? " uses no other module of ours"
                    : " uses no module of ours but " + String.join(", ", allowed)));
  }

  /**
   * The packages directly below the module's root package (and their sub-packages, as one slice
   * each) form no cycle.
   *
   * @param module the module's classes
   * @return a frozen rule; check it with {@code rule.check(module.judged())}: a test's use of
   *     another package makes no cycle of the code
   */
  public static ArchRule packagesFreeOfCycles(ModuleClasses module) {
    String basePackage = module.basePackage();
    return FreezingArchRule.freeze(
        slices()
            .matching(basePackage + ".(*)..")
            .should()
            .beFreeOfCycles()
            .allowEmptyShould(true)
            .as("the packages of " + basePackage + " form no cycle"));
  }
}
