package io.mqharness.mock.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where {@code tools/find-clients.sh} found each SDK (system property {@code mq.clients.file}, the build's
 * {@code target/clients/clients.properties}): {@code NAME.source} registry, shared or missing, with
 * {@code NAME.detail}, and for Python the interpreter and {@code PYTHONPATH} to use.
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

  /** {@code NAME.pythonpath}: the SDK's sources when they come from {@code ../shared}. */
  Optional<String> pythonPath(String name) {
    return Optional.ofNullable(found.getProperty(name + ".pythonpath"));
  }
}
