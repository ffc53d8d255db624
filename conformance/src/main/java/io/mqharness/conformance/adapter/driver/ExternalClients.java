package io.mqharness.conformance.adapter.driver;

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
 * Where each SDK that comes from outside the Maven build was found, as {@code
 * tools/find-clients.sh} recorded it in {@code clients.properties} (system property {@code
 * mq.clients.file}; the build runs the script at {@code generate-test-resources}): its registry,
 * else {@code ../shared/clients/<language>}, else missing with the reason. Without that file (a run
 * from an IDE), the same answer is worked out from what is on disk.
 */
final class ExternalClients {
  private static final String DEBIAN_GUZZLE = "/usr/share/php/GuzzleHttp/autoload.php";

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
    return Optional.of(
        recorded && "missing".equals(found.getProperty("node-sdk.source"))
            ? found.getProperty("node-sdk.detail")
            : sdk
                + " is missing: run `npm ci` in "
                + paths.nodeDriver()
                + " (the build does it unless tests are skipped)");
  }

  /** Why the Python SDK cannot run here, or empty when it was found. */
  Optional<String> pythonSdkMissing() {
    if (recorded) {
      return "missing".equals(found.getProperty("python-sdk.source", "missing"))
          ? Optional.of(
              found.getProperty("python-sdk.detail", "tools/find-clients.sh did not look for it"))
          : Optional.empty();
    }
    return Files.isDirectory(paths.pythonSdk().resolve("mq_http_sdk"))
        ? Optional.empty()
        : Optional.of(
            "mq_http_sdk is neither installed by the build (tools/find-clients.sh) nor in "
                + paths.pythonSdk());
  }

  /**
   * Why the Go SDK's driver cannot run here (not built: no go tool, no SDK), or empty when the
   * build made it.
   */
  Optional<String> goSdkMissing() {
    return recordedMissing("go-sdk")
        .or(
            () ->
                goDriverBinary().isPresent()
                    ? Optional.empty()
                    : Optional.of(
                        "the Go driver is not built: tools/find-clients.sh builds it at generate-test-resources"));
  }

  /** The Go driver program the build compiled ({@code go-sdk.binary}), when it is there. */
  Optional<Path> goDriverBinary() {
    return Optional.ofNullable(found.getProperty("go-sdk.binary"))
        .map(Path::of)
        .filter(Files::isExecutable);
  }

  /**
   * Why the PHP SDK cannot run here, or empty when it was found. Without a record: available when
   * its sources are in {@code ../shared/clients/php} and Debian's Guzzle is installed.
   */
  Optional<String> phpSdkMissing() {
    if (recorded) {
      return recordedMissing("php-sdk");
    }
    if (!Files.isDirectory(paths.phpSdk().resolve("MQ"))) {
      return Optional.of(
          "aliyunmq/mq-http-sdk is neither installed by the build (tools/find-clients.sh) nor in "
              + paths.phpSdk());
    }
    return Files.isRegularFile(Path.of(DEBIAN_GUZZLE))
        ? Optional.empty()
        : Optional.of(DEBIAN_GUZZLE + " is missing (apt-get install php-guzzlehttp-guzzle)");
  }

  /**
   * The PHP interpreter: {@code mq.php.command}, else the one the build checked the driver with,
   * else {@code php}.
   */
  String php() {
    return System.getProperty("mq.php.command", found.getProperty("php-sdk.php", "php"));
  }

  /**
   * What {@code drivers/php/sdk-autoload.php} needs to load the SDK: {@code MQ_PHP_AUTOLOAD}
   * (Composer's autoloader), or {@code MQ_PHP_SDK_DIR} and {@code MQ_PHP_GUZZLE_AUTOLOAD} (the
   * SDK's sources and Debian's Guzzle).
   */
  Map<String, String> phpEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    if (recorded && found.getProperty("php-sdk.autoload") != null) {
      env.put("MQ_PHP_AUTOLOAD", found.getProperty("php-sdk.autoload"));
      return env;
    }
    env.put("MQ_PHP_SDK_DIR", found.getProperty("php-sdk.sdkdir", paths.phpSdk().toString()));
    env.put("MQ_PHP_GUZZLE_AUTOLOAD", found.getProperty("php-sdk.guzzle", DEBIAN_GUZZLE));
    return env;
  }

  private Optional<String> recordedMissing(String name) {
    return "missing".equals(found.getProperty(name + ".source", "missing"))
        ? Optional.of(
            found.getProperty(name + ".detail", "tools/find-clients.sh did not look for it"))
        : Optional.empty();
  }

  /**
   * The interpreter that has the Python SDK: the build's virtual environment, else {@code python3}.
   */
  String python() {
    return System.getProperty(
        "mq.python.command", found.getProperty("python-sdk.python", "python3"));
  }

  /**
   * What {@code PYTHONPATH} needs for the SDK: its sources when they come from {@code ../shared},
   * else nothing.
   */
  Optional<Path> pythonPath() {
    if (recorded) {
      return Optional.ofNullable(found.getProperty("python-sdk.pythonpath")).map(Path::of);
    }
    return Optional.of(paths.pythonSdk());
  }
}
