package io.mqharness.conformance.support.target;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Where options come from, first hit wins: JUnit configuration parameters (which include {@code -D} system
 * properties), then environment variables ({@code target.accessKeyId} is {@code MQ_TARGET_ACCESS_KEY_ID}), then the
 * properties file named by {@code target.config} / {@code MQ_TARGET_CONFIG}.
 */
public final class Settings {
  private final Function<String, Optional<String>> parameters;
  private final Map<String, String> environment;
  private final Properties file;

  Settings(Function<String, Optional<String>> parameters, Map<String, String> environment) {
    this.parameters = parameters;
    this.environment = environment;
    this.file = new Properties();
    fromParametersOrEnvironment("target.config").ifPresent(this::load);
  }

  public static Settings of(Function<String, Optional<String>> parameters) {
    return new Settings(parameters, System.getenv());
  }

  public Optional<String> get(String key) {
    return fromParametersOrEnvironment(key)
        .or(() -> Optional.ofNullable(file.getProperty(key)).map(String::trim).filter(v -> !v.isEmpty()));
  }

  public String get(String key, String fallback) {
    return get(key).orElse(fallback);
  }

  /** {@code target.accessKeyId} → {@code MQ_TARGET_ACCESS_KEY_ID}. */
  static String environmentName(String key) {
    return "MQ_" + key.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(java.util.Locale.ROOT);
  }

  private Optional<String> fromParametersOrEnvironment(String key) {
    return parameters.apply(key).map(String::trim).filter(v -> !v.isEmpty())
        .or(() -> Optional.ofNullable(environment.get(environmentName(key))).map(String::trim).filter(v -> !v.isEmpty()));
  }

  private void load(String path) {
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      file.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read target.config " + path, e);
    }
  }
}
