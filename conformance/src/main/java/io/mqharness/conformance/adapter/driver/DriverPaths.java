package io.mqharness.conformance.adapter.driver;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the bundled drivers are (system property {@code conformance.drivers.dir}, which surefire
 * passes, else {@code drivers} or {@code conformance/drivers} under the working directory), and
 * where SDK sources are looked for when the build has not recorded where it found them: {@code
 * mq.shared.dir}, else {@code ../shared} next to the project root.
 */
record DriverPaths(Path driversDir, Path sharedDir) {
  static DriverPaths fromSystemProperties() {
    Path drivers = property("conformance.drivers.dir", findDriversDir());
    Path projectRoot = drivers.getParent().getParent();
    Path shared = property("mq.shared.dir", projectRoot.resolveSibling("shared"));
    return new DriverPaths(drivers, shared);
  }

  Path nodeDriver() {
    return driversDir.resolve("node");
  }

  Path pythonDriver() {
    return driversDir.resolve("python");
  }

  Path goDriver() {
    return driversDir.resolve("go");
  }

  Path phpDriver() {
    return driversDir.resolve("php");
  }

  Path pythonSdk() {
    return sharedDir.resolve("clients").resolve("python");
  }

  Path phpSdk() {
    return sharedDir.resolve("clients").resolve("php");
  }

  private static Path findDriversDir() {
    Path cwd = workingDirectory();
    Path inModule = cwd.resolve("drivers");
    return Files.isDirectory(inModule.resolve("node"))
        ? inModule
        : cwd.resolve("conformance").resolve("drivers");
  }

  static Path workingDirectory() {
    return Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
  }

  /**
   * Where a {@code cmd:} driver runs: {@code conformance.cmd.dir} when set (the self-check sets the
   * conformance module, where Maven runs the catalogue), else the working directory.
   */
  static Path commandDirectory() {
    return property("conformance.cmd.dir", workingDirectory());
  }

  private static Path property(String name, Path fallback) {
    String value = System.getProperty(name);
    return (value == null || value.isBlank() ? fallback : Path.of(value))
        .toAbsolutePath()
        .normalize();
  }
}
