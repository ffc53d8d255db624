package io.mqharness.conformance.adapter.driver;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to start one driver process: its report name, argv, working directory and extra environment.
 */
public record DriverCommand(
    String name, List<String> argv, Path workingDirectory, Map<String, String> environment) {
  public DriverCommand {
    Objects.requireNonNull(name, "name");
    argv = List.copyOf(argv);
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("a driver command needs a program");
    }
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    environment = environment == null ? Map.of() : Map.copyOf(environment);
  }
}
