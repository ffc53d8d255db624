package io.mqharness.mock.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where {@code tools/find-clients.sh} found each SDK (system property {@code mq.clients.file}, the build's
 * {@code target/clients/clients.properties}): {@code NAME.source} registry, shared or missing, with
 * {@code NAME.detail}, and what running it needs: for Python the interpreter and {@code PYTHONPATH}, for Go the
 * program built, for PHP the interpreter and how its sample loads the SDK.
 */
record FoundClients(Properties found) {
  static FoundClients load() {
    Properties found = new Properties();
    String file = System.getProperty("mq.clients.file", "target/clients/clients.properties");
    if (Files.isRegularFile(Path.of(file))) {
      try (InputStream in = Files.newInputStream(Path.of(file))) {
        found.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return new FoundClients(found);
  }

  /** Why {@code name} cannot run here ({@code source=missing}, or never looked for), else empty. */
  Optional<String> missing(String name) {
    String source = found.getProperty(name + ".source");
    if (source == null) {
      return Optional.of("not looked for: the build runs tools/find-clients.sh in pre-integration-test");
    }
    return "missing".equals(source) ? Optional.of(found.getProperty(name + ".detail")) : Optional.empty();
  }

  /** {@code NAME.python}: the interpreter that has the SDK. */
  String python(String name) {
    return found.getProperty(name + ".python", "python3");
  }

  /** {@code NAME.binary}: the Go program the build compiled. */
  Optional<String> binary(String name) {
    return Optional.ofNullable(found.getProperty(name + ".binary"));
  }

  /** {@code NAME.php}: the PHP interpreter the build checked the sample with. */
  String php(String name) {
    return found.getProperty(name + ".php", "php");
  }

  /**
   * What a PHP sample needs to load the SDK: {@code MQ_PHP_AUTOLOAD} (Composer's autoloader, {@code NAME.autoload}),
   * else {@code MQ_PHP_SDK_DIR} and {@code MQ_PHP_GUZZLE_AUTOLOAD} (its sources and Guzzle, {@code NAME.sdkdir},
   * {@code NAME.guzzle}).
   */
  Map<String, String> phpLoader(String name) {
    Map<String, String> env = new LinkedHashMap<>();
    Optional.ofNullable(found.getProperty(name + ".autoload")).ifPresent(v -> env.put("MQ_PHP_AUTOLOAD", v));
    Optional.ofNullable(found.getProperty(name + ".sdkdir")).ifPresent(v -> env.put("MQ_PHP_SDK_DIR", v));
    Optional.ofNullable(found.getProperty(name + ".guzzle")).ifPresent(v -> env.put("MQ_PHP_GUZZLE_AUTOLOAD", v));
    return env;
  }

  /** {@code NAME.pythonpath}: the SDK's sources when they come from {@code ../shared}. */
  Optional<String> pythonPath(String name) {
    return Optional.ofNullable(found.getProperty(name + ".pythonpath"));
  }
}
