package io.mqharness.archrules;

import com.tngtech.archunit.library.freeze.ViolationLineMatcher;
import java.util.regex.Pattern;

/**
 * How a frozen violation is recognised again (ArchUnit's {@code freeze.lineMatcher}, set in each
 * module's {@code archunit.properties}): the same text once source line numbers and the count of
 * omitted class dependencies are left out. A tolerated package cycle is recorded by its packages
 * only ({@code cycles.maxNumberOfDependenciesPerEdge=0}), so an edit inside a cycle that adds or
 * removes a class dependency is not a new violation; a cycle through other packages is.
 */
public final class LineNumberBlindMatcher implements ViolationLineMatcher {
  private static final Pattern LINE_NUMBER = Pattern.compile("\\.java:\\d+\\)");
  private static final Pattern OMITTED =
      Pattern.compile("\\(\\d+ further dependenc(?:y|ies) ha(?:s|ve) been omitted\\.\\.\\.\\)");

  /** ArchUnit creates it by its class name. */
  public LineNumberBlindMatcher() {}

  @Override
  public boolean matches(String storedViolation, String currentViolation) {
    return normalised(storedViolation).equals(normalised(currentViolation));
  }

  private static String normalised(String violation) {
    String withoutLines = LINE_NUMBER.matcher(violation).replaceAll(".java)");
    return OMITTED.matcher(withoutLines).replaceAll("(dependencies omitted)");
  }
}
