package io.mqharness.conformance.adapter.driver;

import io.mqharness.conformance.adapter.ClientRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The driver-process clients by name: {@code node-sdk}, {@code python-sdk} and {@code cmd:<command line>}
 * (the command runs from the JVM's working directory, without a shell). Interpreters: system properties
 * {@code mq.node.command} (default {@code node}) and {@code mq.python.command} (default {@code python3}).
 */
public final class DriverClients {
  public static final String NODE_SDK = "node-sdk";
  public static final String PYTHON_SDK = "python-sdk";
  public static final String COMMAND_PREFIX = "cmd:";

  private DriverClients() {}

  /**
   * Registers {@code node-sdk}, {@code python-sdk} and the {@code cmd:} prefix with {@link ClientRegistry}; a
   * bundled driver whose SDK is not installed here is registered as unavailable, with the reason.
   */
  public static void register() {
    DriverPaths paths = DriverPaths.fromSystemProperties();
    Path nodeSdk = paths.nodeDriver().resolve("node_modules/@aliyunmq/mq-http-sdk");
    if (Files.isDirectory(nodeSdk)) {
      ClientRegistry.register(NODE_SDK, DriverClients::nodeSdk);
    } else {
      ClientRegistry.markUnavailable(NODE_SDK, nodeSdk + " is missing: run `npm ci` in " + paths.nodeDriver()
          + " (the build does it unless tests are skipped)");
    }
    if (Files.isDirectory(paths.pythonSdk().resolve("mq_http_sdk"))) {
      ClientRegistry.register(PYTHON_SDK, DriverClients::pythonSdk);
    } else {
      ClientRegistry.markUnavailable(PYTHON_SDK, "no Python SDK sources in " + paths.pythonSdk()
          + " (set -Dmq.shared.dir)");
    }
    ClientRegistry.registerPrefix(COMMAND_PREFIX, DriverClients::command);
  }

  /** @aliyunmq/mq-http-sdk through drivers/node/driver.js (its node_modules come from {@code npm ci}). */
  public static DriverProcessAdapter nodeSdk() {
    DriverPaths paths = DriverPaths.fromSystemProperties();
    return new DriverProcessAdapter(new DriverCommand(NODE_SDK,
        List.of(System.getProperty("mq.node.command", "node"), "driver.js"), paths.nodeDriver(), Map.of()));
  }

  /** mq_http_sdk from the shared sources through drivers/python/driver.py. */
  public static DriverProcessAdapter pythonSdk() {
    DriverPaths paths = DriverPaths.fromSystemProperties();
    Map<String, String> env = Map.of(
        "PYTHONPATH", paths.pythonSdk().toString(),
        "PYTHONUNBUFFERED", "1",
        "PYTHONDONTWRITEBYTECODE", "1");
    return new DriverProcessAdapter(new DriverCommand(PYTHON_SDK,
        List.of(System.getProperty("mq.python.command", "python3"), "driver.py"), paths.pythonDriver(), env));
  }

  /** Any driver: {@code commandLine} is split into words (quotes group) and run as is. */
  public static DriverProcessAdapter command(String commandLine) {
    return new DriverProcessAdapter(new DriverCommand(COMMAND_PREFIX + commandLine,
        CommandLine.split(commandLine), DriverPaths.workingDirectory(), Map.of()));
  }
}
