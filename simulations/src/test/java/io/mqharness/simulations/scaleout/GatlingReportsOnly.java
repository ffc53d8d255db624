package io.mqharness.simulations.scaleout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gatling's reports-only mode ({@code --reports-only <run> --results-folder <folder>}, the Maven
 * plugin's {@code reportsOnly}) over one run folder's {@code simulation.log}, in a JVM of its own
 * as the Maven plugin starts Gatling. Gatling parses the log, writes the HTML report into the run
 * folder, prints its statistics and checks the assertions the log carries; what it printed is kept
 * and read for the figures the merge needs.
 */
public record GatlingReportsOnly(
    int exitStatus,
    Path index,
    OptionalLong requests,
    OptionalDouble meanRequestsPerSec,
    List<String> assertions,
    String output) {
  private static final long TIME_LIMIT_MINUTES = 30;
  private static final Pattern REQUEST_COUNT =
      Pattern.compile("^> request count\\s*\\|\\s*([\\d,]+)\\s*\\|", Pattern.MULTILINE);
  private static final Pattern MEAN_RPS =
      Pattern.compile(
          "^> mean throughput \\(rps\\)\\s*\\|\\s*([\\d,.]+)\\s*\\|", Pattern.MULTILINE);
  private static final Pattern ASSERTION =
      Pattern.compile("^.+ : (true|false)( \\(.*\\))?$", Pattern.MULTILINE);

  /**
   * Generates the report of {@code resultsFolder/runId/simulation.log} with Gatling from {@code
   * classpath}. Exit status 0: the assertions held; 2: one failed; anything else: Gatling could not
   * make the report.
   *
   * @throws IOException when Gatling cannot be started or its output cannot be read
   * @throws IllegalStateException when Gatling takes more than 30 minutes
   */
  public static GatlingReportsOnly generate(Path resultsFolder, String runId, String classpath)
      throws IOException, InterruptedException {
    Path console = Files.createTempFile("gatling-reports-only", ".log");
    try {
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  // Gatling reads the log's strings through String internals, as the Maven plugin
                  // allows it to
                  "--add-opens=java.base/java.lang=ALL-UNNAMED",
                  "-cp",
                  classpath,
                  "io.gatling.app.Gatling",
                  "--results-folder",
                  resultsFolder.toAbsolutePath().toString(),
                  "--reports-only",
                  runId)
              .redirectErrorStream(true)
              .redirectOutput(console.toFile())
              .start();
      if (!process.waitFor(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "Gatling's reports-only mode did not end within " + TIME_LIMIT_MINUTES + " minutes");
      }
      String output = Files.readString(console);
      Path index = resultsFolder.resolve(runId).resolve("index.html");
      return new GatlingReportsOnly(
          process.exitValue(), index, count(output), rate(output), assertions(output), output);
    } finally {
      Files.deleteIfExists(console);
    }
  }

  /** True when Gatling wrote the report's {@code index.html}. */
  public boolean reported() {
    return Files.isRegularFile(index);
  }

  private static OptionalLong count(String output) {
    Matcher m = REQUEST_COUNT.matcher(output);
    return m.find()
        ? OptionalLong.of(Long.parseLong(m.group(1).replace(",", "")))
        : OptionalLong.empty();
  }

  private static OptionalDouble rate(String output) {
    Matcher m = MEAN_RPS.matcher(output);
    return m.find()
        ? OptionalDouble.of(Double.parseDouble(m.group(1).replace(",", "")))
        : OptionalDouble.empty();
  }

  private static List<String> assertions(String output) {
    return ASSERTION.matcher(output).results().map(m -> m.group().strip()).toList();
  }
}
