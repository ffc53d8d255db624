package io.mqharness.archrules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineNumberBlindMatcherTest {
  private final LineNumberBlindMatcher matcher = new LineNumberBlindMatcher();

  @Test
  void aViolationMovedToAnotherLineIsTheSameViolation() {
    assertThat(
            matcher.matches(
                "Method <a.B.c()> calls method <a.D.e()> in (B.java:12)",
                "Method <a.B.c()> calls method <a.D.e()> in (B.java:40)"))
        .isTrue();
  }

  @Test
  void aCycleThroughTheSamePackagesWithMoreClassDependenciesIsTheSameCycle() {
    String stored =
        "Cycle detected: Slice a -> Slice b -> Slice a\n"
            + "  1. Dependencies of Slice a\n    (15 further dependencies have been omitted...)";
    String current =
        "Cycle detected: Slice a -> Slice b -> Slice a\n"
            + "  1. Dependencies of Slice a\n    (16 further dependencies have been omitted...)";
    assertThat(matcher.matches(stored, current)).isTrue();
  }

  @Test
  void aCycleThroughOtherPackagesIsANewViolation() {
    assertThat(
            matcher.matches(
                "Cycle detected: Slice a -> Slice b -> Slice a",
                "Cycle detected: Slice a -> Slice c -> Slice a"))
        .isFalse();
  }
}
