package io.mqharness.conformance.adapter.driver;

import io.mqharness.conformance.adapter.ClientRegistry;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The driver-process clients by name: {@code node-sdk}, {@code python-sdk}, {@code go-sdk}, {@code
 * php-sdk} and {@code cmd:<command line>} (the command runs from the JVM's working directory,
 * without a shell). Interpreters: system properties {@code mq.node.command} (default {@code node}),
 * {@code mq.python.command} and {@code mq.php.command} (default: the one the build found the SDK
 * for, see {@link ExternalClients}); the Go driver is the program the build compiled.
 */
public final class DriverClients {
  public static final String NODE_SDK = "node-sdk";
  public static final String PYTHON_SDK = "python-sdk";
  public static final String GO_SDK = "go-sdk";
  public static final String PHP_SDK = "php-sdk";
  public static final String COMMAND_PREFIX = "cmd:";

  private DriverClients() {}

  /**
   * Registers {@code node-sdk}, {@code python-sdk}, {@code go-sdk}, {@code php-sdk} and the {@code
   * cmd:} prefix with {@link ClientRegistry}; a bundled driver whose SDK is not installed here is
   * registered as unavailable, with the reason.
   */
  public static void register() {
    ExternalClients found = ExternalClients.load(DriverPaths.fromSystemProperties());
    found
        .nodeSdkMissing()
        .ifPresentOrElse(
            reason -> ClientRegistry.markUnavailable(NODE_SDK, reason),
            () -> ClientRegistry.register(NODE_SDK, DriverClients::nodeSdk));
    found
        .pythonSdkMissing()
        .ifPresentOrElse(
            reason -> ClientRegistry.markUnavailable(PYTHON_SDK, reason),
            () -> ClientRegistry.register(PYTHON_SDK, DriverClients::pythonSdk));
    found
        .goSdkMissing()
        .ifPresentOrElse(
            reason -> ClientRegistry.markUnavailable(GO_SDK, reason),
            () -> ClientRegistry.register(GO_SDK, DriverClients::goSdk));
    found
        .phpSdkMissing()
        .ifPresentOrElse(
            reason -> ClientRegistry.markUnavailable(PHP_SDK, reason),
            () -> ClientRegistry.register(PHP_SDK, DriverClients::phpSdk));
    ClientRegistry.registerPrefix(COMMAND_PREFIX, DriverClients::command);
  }

  /** Why {@code name} (a bundled driver client) cannot run here, or empty when it can. */
  public static Optional<String> missing(String name) {
    ExternalClients found = ExternalClients.load(DriverPaths.fromSystemProperties());
    return switch (name) {
      case NODE_SDK -> found.nodeSdkMissing();
      case PYTHON_SDK -> found.pythonSdkMissing();
      case GO_SDK -> found.goSdkMissing();
      case PHP_SDK -> found.phpSdkMissing();
      default -> Optional.empty();
    };
  }

  /**
   * @aliyunmq/mq-http-sdk through drivers/node/driver.js (its node_modules come from {@code npm
   *     ci}).
   */
  public static DriverProcessAdapter nodeSdk() {
    DriverPaths paths = DriverPaths.fromSystemProperties();
    return new DriverProcessAdapter(
        new DriverCommand(
            NODE_SDK,
            List.of(System.getProperty("mq.node.command", "node"), "driver.js"),
            paths.nodeDriver(),
            Map.of()));
  }

  /**
   * mq_http_sdk through drivers/python/driver.py: from PyPI in the build's virtual environment,
   * else from the sources in {@code ../shared/clients/python} ({@link ExternalClients}).
   */
  public static DriverProcessAdapter pythonSdk() {
    DriverPaths paths = DriverPaths.fromSystemProperties();
    ExternalClients found = ExternalClients.load(paths);
    Map<String, String> env = new LinkedHashMap<>();
    found.pythonPath().ifPresent(path -> env.put("PYTHONPATH", path.toString()));
    env.put("PYTHONUNBUFFERED", "1");
    env.put("PYTHONDONTWRITEBYTECODE", "1"); // leaves no __pycache__ beside the SDK's sources
    return new DriverProcessAdapter(
        new DriverCommand(
            PYTHON_SDK,
            List.of(found.python(), "driver.py"),
            paths.pythonDriver(),
            Map.copyOf(env)));
  }

  /**
   * github.com/aliyunmq/mq-http-go-sdk through the program the build compiled from drivers/go
   * (module mode, else GOPATH mode with {@code ../shared/clients/go}); it runs in drivers/go.
   *
   * @throws IllegalStateException when the build has not compiled it ({@link #missing} says why)
   */
  public static DriverProcessAdapter goSdk() {
    DriverPaths paths = DriverPaths.fromSystemProperties();
    ExternalClients found = ExternalClients.load(paths);
    Path binary =
        found
            .goDriverBinary()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        found.goSdkMissing().orElse("the Go driver is not built")));
    return new DriverProcessAdapter(
        new DriverCommand(GO_SDK, List.of(binary.toString()), paths.goDriver(), Map.of()));
  }

  /**
   * aliyunmq/mq-http-sdk through drivers/php/driver.php: from Composer, else its sources in {@code
   * ../shared/clients/php} with Debian's Guzzle ({@link ExternalClients#phpEnvironment()}).
   */
  public static DriverProcessAdapter phpSdk() {
    DriverPaths paths = DriverPaths.fromSystemProperties();
    ExternalClients found = ExternalClients.load(paths);
    return new DriverProcessAdapter(
        new DriverCommand(
            PHP_SDK,
            List.of(found.php(), "driver.php"),
            paths.phpDriver(),
            found.phpEnvironment()));
  }

  /** Any driver: {@code commandLine} is split into words (quotes group) and run as is. */
  public static DriverProcessAdapter command(String commandLine) {
    return new DriverProcessAdapter(
        new DriverCommand(
            COMMAND_PREFIX + commandLine,
            CommandLine.split(commandLine),
            DriverPaths.commandDirectory(),
            Map.of()));
  }
}
