package io.mqharness.simulations.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run's figures as console lines, name and value in two aligned columns: the name column is as
 * wide as the longest name (at least 24 characters), so that a long name such as {@code
 * trend.connections.slopePerSecond} does not run into its value.
 */
public final class FigureLines {
  private static final int MIN_WIDTH = 24;

  private FigureLines() {}

  /**
   * One line per entry, in the map's order, each indented by three spaces: {@code " name value"}.
   */
  public static List<String> of(Map<String, ?> figures) {
    int width =
        Math.max(MIN_WIDTH, figures.keySet().stream().mapToInt(String::length).max().orElse(0));
    List<String> lines = new ArrayList<>();
    figures.forEach(
        (name, value) -> lines.add(String.format("   %-" + width + "s %s", name, value)));
    return lines;
  }
}
