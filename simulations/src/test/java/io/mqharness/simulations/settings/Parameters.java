package io.mqharness.simulations.settings;

import io.mqharness.simulator.targeting.TargetOptions;
import java.util.Optional;
import java.util.function.Function;

/**
 * Load parameters read the way {@link HarnessSettings} reads them: a system property ({@code
 * -Dmq.warmUpSeconds=5}), else its environment variable ({@code MQ_WARM_UP_SECONDS=5}), else the
 * default. Values are trimmed; an empty value counts as not given.
 */
public final class Parameters {
  private final Function<String, Optional<String>> source;

  private Parameters(Function<String, Optional<String>> source) {
    this.source = source;
  }

  /** System properties, then the process environment. */
  public static Parameters fromEnvironment() {
    return of(System::getProperty, System::getenv);
  }

  /**
   * {@code properties} gives a property's value by its name, {@code environment} a variable's value
   * by its name; both answer null for what is not set. A property wins.
   */
  public static Parameters of(
      Function<String, String> properties, Function<String, String> environment) {
    return new Parameters(
        key ->
            nonBlank(properties.apply(key))
                .or(() -> nonBlank(environment.apply(TargetOptions.environmentName(key)))));
  }

  /** True when {@code key} has a non-blank value. */
  public boolean given(String key) {
    return source.apply(key).isPresent();
  }

  public String text(String key, String fallback) {
    return source.apply(key).orElse(fallback);
  }

  /**
   * @throws IllegalArgumentException naming {@code key} when its value is not an integer
   */
  public int integer(String key, int fallback) {
    return parse(key, fallback, Integer::parseInt);
  }

  /**
   * @throws IllegalArgumentException naming {@code key} when its value is not a number
   */
  public double decimal(String key, double fallback) {
    return parse(key, fallback, Double::parseDouble);
  }

  private <T> T parse(String key, T fallback, Function<String, T> parser) {
    Optional<String> value = source.apply(key);
    try {
      return value.map(parser).orElse(fallback);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " is not a number: " + value.get());
    }
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
  }
}
