package io.mqharness.conformance.support.matrix;

import io.mqharness.conformance.support.expectation.ExpectedFailure;
import io.mqharness.conformance.support.scenario.ClientScenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records every {@link ClientScenario} run (client = the invocation's display name) as pass, fail,
 * xfail (an {@link ExpectedFailure}) or skip with its one-line reason, and writes {@code
 * matrix.json} and {@code matrix.html} to {@code conformance.output.dir} (default {@code
 * target/conformance}) when the run ends. A {@code cmd:} client is shown under the name its
 * driver's {@code hello} gave ({@link #CLIENT_LABEL_ENTRY}), else under its command line.
 * Registered through {@code META-INF/services}; other tests (the meta-tests) are not scenarios and
 * leave no trace.
 */
public final class ConformanceMatrixListener implements TestExecutionListener {
  public static final String TARGET_ENTRY = "conformance.target";

  /**
   * Report entry of a scenario run: the name a {@code cmd:} client's driver gave itself in {@code
   * hello}.
   */
  public static final String CLIENT_LABEL_ENTRY = "conformance.client.label";

  private final Matrix matrix = new Matrix();
  private final boolean printsSummary;
  private final Map<String, String> labels = new ConcurrentHashMap<>();
  private final Map<String, Long> started = new ConcurrentHashMap<>();

  /**
   * The suite's listener (registered through {@code META-INF/services}): writes the matrix and
   * prints its summary.
   */
  public ConformanceMatrixListener() {
    this(true);
  }

  private ConformanceMatrixListener(boolean printsSummary) {
    this.printsSummary = printsSummary;
  }

  /**
   * A listener for a run inside a test (a meta-test's fixture clients): writes the matrix, prints
   * no summary, so that the build log's summary lists only the suite's real clients.
   */
  public static ConformanceMatrixListener withoutConsoleSummary() {
    return new ConformanceMatrixListener(false);
  }

  @Override
  public void executionStarted(TestIdentifier test) {
    started.put(test.getUniqueId(), System.nanoTime());
  }

  @Override
  public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    entry.getKeyValuePairs().entrySet().stream()
        .filter(e -> e.getKey().equals(TARGET_ENTRY))
        .findFirst()
        .ifPresent(e -> matrix.target(e.getValue()));
    String label = entry.getKeyValuePairs().get(CLIENT_LABEL_ENTRY);
    if (label != null && !label.isBlank() && test.getDisplayName().startsWith("cmd:")) {
      labels.put(test.getDisplayName(), label);
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    scenarioMethod(test)
        .ifPresent(
            method -> {
              Long start = started.remove(test.getUniqueId());
              long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
              String reason =
                  result.getThrowable().map(ConformanceMatrixListener::firstLine).orElse(null);
              Outcome.Status status =
                  switch (result.getStatus()) {
                    case SUCCESSFUL -> Outcome.Status.PASS;
                    case ABORTED ->
                        result.getThrowable().filter(ExpectedFailure.class::isInstance).isPresent()
                            ? Outcome.Status.XFAIL
                            : Outcome.Status.SKIP;
                    case FAILED -> Outcome.Status.FAIL;
                  };
              matrix.record(
                  row(method),
                  test.getDisplayName(),
                  new Outcome(status, status == Outcome.Status.PASS ? null : reason, millis));
            });
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (matrix.isEmpty()) {
      return;
    }
    labels.forEach(matrix::label);
    Path dir = Path.of(System.getProperty("conformance.output.dir", "target/conformance"));
    try {
      Files.createDirectories(dir);
      MatrixJson.write(matrix, dir.resolve("matrix.json"));
      MatrixHtml.write(matrix, dir.resolve("matrix.html"));
      if (printsSummary) {
        printSummary(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the conformance matrix to " + dir, e);
    }
  }

  /**
   * The one place this listener talks to the console: where the matrix is, what it says, and why a
   * client that ran no scenario at all was skipped.
   */
  private void printSummary(Path dir) {
    StringBuilder text =
        new StringBuilder(
            "\nConformance matrix (" + matrix.target() + "): " + dir.resolve("matrix.html") + "\n");
    matrix
        .summary()
        .forEach(
            (client, counts) -> {
              text.append(
                  String.format(
                      "  %-24s pass %3d  fail %3d  expected-fail %3d  skip %3d%n",
                      client,
                      counts.get(Outcome.Status.PASS),
                      counts.get(Outcome.Status.FAIL),
                      counts.get(Outcome.Status.XFAIL),
                      counts.get(Outcome.Status.SKIP)));
              matrix
                  .skippedClientReason(client)
                  .ifPresent(
                      reason ->
                          text.append("  ")
                              .append(client)
                              .append(" SKIPPED: ")
                              .append(reason)
                              .append('\n'));
            });
    System.out.print(text);
  }

  private static Optional<Method> scenarioMethod(TestIdentifier test) {
    if (!test.isTest()) {
      return Optional.empty();
    }
    return test.getSource()
        .filter(MethodSource.class::isInstance)
        .map(source -> ((MethodSource) source).getJavaMethod())
        .filter(method -> method.isAnnotationPresent(ClientScenario.class));
  }

  private static ScenarioRow row(Method method) {
    Class<?> type = method.getDeclaringClass();
    String pkg = type.getPackageName();
    String group = pkg.substring(pkg.lastIndexOf('.') + 1);
    String spec = method.getAnnotation(ClientScenario.class).spec();
    return ScenarioRow.of(
        type.getSimpleName() + "." + method.getName(),
        group,
        type.getSimpleName(),
        method.getName(),
        spec);
  }

  /** The message on one line (whitespace collapsed), at most 300 characters. */
  private static String firstLine(Throwable error) {
    String text =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() > 300 ? line.substring(0, 297) + "..." : line;
  }
}
