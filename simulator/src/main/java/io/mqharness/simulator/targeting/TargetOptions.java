package io.mqharness.simulator.targeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Reads the {@code mq.target.*} settings. For each key the first non-blank value wins: its property
 * (a system property, or a JUnit configuration parameter, which includes {@code -D} system
 * properties), then its environment variable, then the properties file named by {@code
 * mq.target.config} / {@code MQ_TARGET_CONFIG}. Values are trimmed; an empty value counts as not
 * given, except where {@link #getKeepingEmpty} is asked.
 */
public final class TargetOptions {
  private final Function<String, String> properties;
  private final Function<String, String> environment;
  private final Properties file;

  private TargetOptions(
      Function<String, String> properties, Function<String, String> environment, Properties file) {
    this.properties = properties;
    this.environment = environment;
    this.file = file;
  }

  /** System properties and the process environment. Throws as {@link #of} does. */
  public static TargetOptions fromSystem() {
    return of(System::getProperty, System::getenv);
  }

  /**
   * {@code properties} gives a property's value by its name ({@code mq.target.url}), {@code
   * environment} a variable's value by its name ({@code MQ_TARGET_URL}); both answer null for what
   * is not set. A relative {@code mq.target.config} path is resolved against the working directory.
   *
   * @throws UncheckedIOException when {@code mq.target.config} names a file that cannot be read
   * @throws IllegalArgumentException when that file holds a key other than the {@code mq.target.*}
   *     keys
   */
  public static TargetOptions of(
      Function<String, String> properties, Function<String, String> environment) {
    TargetOptions withoutFile = new TargetOptions(properties, environment, new Properties());
    Properties file =
        withoutFile
            .fromPropertyOrEnvironment(TargetKey.CONFIG)
            .map(TargetOptions::load)
            .orElseGet(Properties::new);
    return new TargetOptions(properties, environment, file);
  }

  /** The value of {@code key}, trimmed; empty when no source gives a non-blank one. */
  public Optional<String> get(TargetKey key) {
    if (key == TargetKey.CONFIG) {
      return fromPropertyOrEnvironment(key);
    }
    return fromPropertyOrEnvironment(key).or(() -> nonBlank(file.getProperty(key.property())));
  }

  /**
   * As {@link #get}, but a value given empty counts as given: {@code Optional.of("")} when the
   * first source that has the key (property, variable, file, in that order) gives it as blank. For
   * {@code mq.target.instanceId}, where an empty value means an instance without namespace (no
   * {@code ns}, SPEC §2.2) and not "use the default".
   */
  public Optional<String> getKeepingEmpty(TargetKey key) {
    if (key == TargetKey.CONFIG) {
      return get(key);
    }
    return given(properties.apply(key.property()))
        .or(() -> given(environment.apply(key.environmentVariable())))
        .or(() -> given(file.getProperty(key.property())));
  }

  /**
   * The environment variable of a property: camelCase words split by {@code _}, dots as {@code _},
   * upper case. {@code mq.target.accessKeyId} → {@code MQ_TARGET_ACCESS_KEY_ID}, {@code
   * mq.assert.p99Ms} → {@code MQ_ASSERT_P99_MS}.
   */
  public static String environmentName(String property) {
    return property
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replace('.', '_')
        .toUpperCase(Locale.ROOT);
  }

  private Optional<String> fromPropertyOrEnvironment(TargetKey key) {
    return nonBlank(properties.apply(key.property()))
        .or(() -> nonBlank(environment.apply(key.environmentVariable())));
  }

  private static Optional<String> given(String value) {
    return Optional.ofNullable(value).map(String::trim);
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
  }

  private static Properties load(String path) {
    Properties file = new Properties();
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      file.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + TargetKey.CONFIG.property() + " file " + path, e);
    }
    for (String name : file.stringPropertyNames()) {
      if (TargetKey.ofProperty(name).filter(key -> key != TargetKey.CONFIG).isEmpty()) {
        throw new IllegalArgumentException(
            path
                + " ("
                + TargetKey.CONFIG.property()
                + "): unknown key "
                + name
                + "; the keys are mq.target.url, mq.target.accessKeyId, ... (README, \"Naming the target\")");
      }
    }
    return file;
  }
}
