package io.mqharness.conformance.adapter.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where each SDK that comes from outside the Maven build was found, as {@code tools/find-clients.sh} recorded it
 * in {@code clients.properties} (system property {@code mq.clients.file}; the build runs the script at
 * {@code generate-test-resources}): its registry, else {@code ../shared/clients/<language>}, else missing with the
 * reason. Without that file (a run from an IDE), the same answer is worked out from what is on disk.
 */
final class ExternalClients {
  private final Properties found;
  private final DriverPaths paths;
  private final boolean recorded;

  private ExternalClients(Properties found, DriverPaths paths, boolean recorded) {
    this.found = found;
    this.paths = paths;
    this.recorded = recorded;
  }

  static ExternalClients load(DriverPaths paths) {
    Properties found = new Properties();
    String file = System.getProperty("mq.clients.file");
    if (file == null || file.isBlank() || !Files.isRegularFile(Path.of(file))) {
      return new ExternalClients(found, paths, false);
    }
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      found.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new ExternalClients(found, paths, true);
  }

  /** Why the Node.js SDK cannot run here, or empty when its {@code node_modules} are installed. */
  Optional<String> nodeSdkMissing() {
    Path sdk = paths.nodeDriver().resolve("node_modules/@aliyunmq/mq-http-sdk");
    if (Files.isDirectory(sdk)) {
      return Optional.empty();
    }
    return Optional.of(recorded && "missing".equals(found.getProperty("node-sdk.source"))
        ? found.getProperty("node-sdk.detail")
        : sdk + " is missing: run `npm ci` in " + paths.nodeDriver() + " (the build does it unless tests are skipped)");
  }

  /** Why the Python SDK cannot run here, or empty when it was found. */
  Optional<String> pythonSdkMissing() {
    if (recorded) {
      return "missing".equals(found.getProperty("python-sdk.source", "missing"))
          ? Optional.of(found.getProperty("python-sdk.detail", "tools/find-clients.sh did not look for it"))
          : Optional.empty();
    }
    return Files.isDirectory(paths.pythonSdk().resolve("mq_http_sdk"))
        ? Optional.empty()
        : Optional.of("mq_http_sdk is neither installed by the build (tools/find-clients.sh) nor in " + paths.pythonSdk());
  }

  /** The interpreter that has the Python SDK: the build's virtual environment, else {@code python3}. */
  String python() {
    return System.getProperty("mq.python.command", found.getProperty("python-sdk.python", "python3"));
  }

  /** What {@code PYTHONPATH} needs for the SDK: its sources when they come from {@code ../shared}, else nothing. */
  Optional<Path> pythonPath() {
    if (recorded) {
      return Optional.ofNullable(found.getProperty("python-sdk.pythonpath")).map(Path::of);
    }
    return Optional.of(paths.pythonSdk());
  }
}
