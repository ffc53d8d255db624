package io.mqharness.simulator.engine;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The decoded {@code tag} query of a consume (SPEC §6.2): {@code A||B} matches either tag; no
 * filter (or {@code *}) matches every message; a message without tag matches only when there is no
 * filter.
 */
public record TagFilter(Set<String> tags) {
  private static final TagFilter ANY = new TagFilter(Set.of());

  public TagFilter {
    tags = Set.copyOf(tags);
  }

  public static TagFilter any() {
    return ANY;
  }

  /** Parses the decoded query value; null, empty and {@code *} mean "any". */
  public static TagFilter parse(String expression) {
    if (expression == null || expression.isBlank() || expression.trim().equals("*")) {
      return ANY;
    }
    return new TagFilter(
        Arrays.stream(expression.split("\\|\\|"))
            .map(String::trim)
            .filter(t -> !t.isEmpty())
            .collect(Collectors.toSet()));
  }

  public boolean matches(String tag) {
    return tags.isEmpty() || (tag != null && tags.contains(tag));
  }
}
