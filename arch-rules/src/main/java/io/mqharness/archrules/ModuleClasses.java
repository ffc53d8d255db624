package io.mqharness.archrules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * One module's classes as ArchUnit sees them: its main and its test classes under one base package,
 * read from the module's {@code target/classes} and {@code target/test-classes} on the test class
 * path.
 *
 * @param basePackage the module's root package, e.g. {@code io.mqharness.protocol}
 * @param classes main and test classes; a rule over main code still sees the tests' calls
 * @param checked the classes the rules judge: main code, or every class of a module that has only
 *     tests
 */
public record ModuleClasses(
    String basePackage, JavaClasses classes, DescribedPredicate<JavaClass> checked) {

  /**
   * Main code: classes compiled from {@code src/main/java} (their class file is not under
   * test-classes).
   */
  public static final DescribedPredicate<JavaClass> MAIN_CODE =
      DescribedPredicate.describe(
          "main code",
          c ->
              c.getSource()
                  .map(s -> !s.getUri().toString().contains("/test-classes/"))
                  .orElse(true));

  /**
   * Every class, for a module whose code is all under {@code src/test/java} (the Gatling
   * simulations).
   */
  public static final DescribedPredicate<JavaClass> ALL_CODE =
      DescribedPredicate.describe("code", c -> true);

  /**
   * Imports every class under {@code basePackage}, main and test; the rules judge its main code.
   *
   * @param basePackage a package name such as {@code io.mqharness.reports}
   * @return the module's classes
   */
  public static ModuleClasses of(String basePackage) {
    return new ModuleClasses(basePackage, importAll(basePackage), MAIN_CODE);
  }

  /**
   * Like {@link #of} for a module whose code is all test code: the rules judge every class of it.
   *
   * @param basePackage a package name such as {@code io.mqharness.simulations}
   * @return the module's classes
   */
  public static ModuleClasses testCodeOnly(String basePackage) {
    return new ModuleClasses(basePackage, importAll(basePackage), ALL_CODE);
  }

  /**
   * The classes the rules judge, without the others: what a rule about their own structure checks.
   */
  public JavaClasses judged() {
    return classes.that(checked);
  }

  private static JavaClasses importAll(String basePackage) {
    return new ClassFileImporter().importPackages(basePackage);
  }
}
