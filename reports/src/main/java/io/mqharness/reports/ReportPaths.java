package io.mqharness.reports;

import java.nio.file.Path;

/**
 * Where the index reads its inputs and writes itself; every path already resolved against the
 * project root.
 */
public record ReportPaths(Path gatling, Path runs, Path conformance, Path history, Path index) {

  /** The agreed layout of the project tree, as {@code --root} alone gives it. */
  public static ReportPaths defaultsUnder(Path root) {
    return new ReportPaths(
        root.resolve("simulations/target/gatling"),
        root.resolve("simulations/target/harness-runs"),
        root.resolve("conformance/target"),
        root.resolve("reports/history"),
        root.resolve("reports/index.html"));
  }

  public Path allureIndex() {
    return conformance.resolve("site/allure-maven-plugin/index.html");
  }

  public Path matrixHtml() {
    return conformance.resolve("conformance/matrix.html");
  }

  public Path matrixJson() {
    return conformance.resolve("conformance/matrix.json");
  }

  public Path assets() {
    return index.toAbsolutePath().getParent().resolve("assets");
  }
}
