package io.mqharness.simulations.capacity;

import java.util.Locale;

/** How the capacity search writes numbers: rates and milliseconds without a needless {@code .0}. */
final class Numbers {
  private Numbers() {}

  /** {@code 500} for 500.0, {@code 430.4} for 430.42. */
  static String rate(double value) {
    return decimal(value);
  }

  /** One decimal at most: {@code 612}, {@code 1.5}. */
  static String decimal(double value) {
    double rounded = round1(value);
    return rounded == Math.rint(rounded)
        ? String.valueOf((long) rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
  }

  /** {@code 95} for 0.95. */
  static String percent(double ratio) {
    return decimal(ratio * 100);
  }

  static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
