package io.mqharness.archrules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * One module's classes as ArchUnit sees them: its main and its test classes under one base package, read from the
 * module's {@code target/classes} and {@code target/test-classes} on the test class path.
 *
 * @param basePackage the module's root package, e.g. {@code io.mqharness.protocol}
 * @param classes main and test classes; a rule over main code still sees the tests' calls
 */
public record ModuleClasses(String basePackage, JavaClasses classes) {

  /** Main code: classes compiled from {@code src/main/java} (their class file is not under test-classes). */
  public static final DescribedPredicate<JavaClass> MAIN_CODE =
      DescribedPredicate.describe(
          "main code",
          c -> c.getSource().map(s -> !s.getUri().toString().contains("/test-classes/")).orElse(true));

  /**
   * Imports every class under {@code basePackage}, main and test.
   *
   * @param basePackage a package name such as {@code io.mqharness.reports}
   * @return the module's classes; empty when nothing is compiled (the rules then fail on an empty set)
   */
  public static ModuleClasses of(String basePackage) {
    return new ModuleClasses(basePackage, new ClassFileImporter().importPackages(basePackage));
  }
}
