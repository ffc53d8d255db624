package io.mqharness.simulations.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Gatling run in its own JVM, as the Maven plugin would start it; its exit status and output
 * are kept.
 */
record GatlingProcess(int exitStatus, String output, Path resultsDir, Path runsDir) {
  private static final long TIME_LIMIT_SECONDS = 90;

  static GatlingProcess run(Class<?> simulation, Map<String, String> properties, Path workDir)
      throws Exception {
    return start(
            simulation, properties, workDir.resolve("gatling"), workDir.resolve("harness-runs"))
        .await();
  }

  /**
   * Starts a run without waiting for it, Gatling's results in {@code results} and the harness's
   * summaries in {@code runs} (one folder for both, as a scaled-out run's injector keeps them);
   * {@code gatlingOptions} are added to Gatling's command line ({@code --no-reports}).
   */
  static Started start(
      Class<?> simulation,
      Map<String, String> properties,
      Path results,
      Path runs,
      String... gatlingOptions)
      throws IOException {
    Files.createDirectories(results);
    Path workDir = Files.createDirectories(results.getParent());
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                // as the Gatling Maven plugin starts it: Gatling's log writer reads String
                // internals
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Dmq.runsDir=" + runs));
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(
        List.of(
            "io.gatling.app.Gatling",
            "--simulation",
            simulation.getName(),
            "--results-folder",
            results.toString()));
    command.addAll(List.of(gatlingOptions));
    Path log = workDir.resolve(results.getFileName() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // Only the properties given here configure these runs: a build with MQ_TARGET_* (or any MQ_*
    // parameter) in its
    // environment must not send them elsewhere or change their load.
    builder.environment().keySet().removeIf(name -> name.startsWith("MQ_"));
    return new Started(simulation, builder.start(), log, results, runs);
  }

  /**
   * A run started by {@link #start}; {@link #await()} waits for its end (90 s at most) and kills it
   * after.
   */
  record Started(Class<?> simulation, Process process, Path log, Path results, Path runs) {
    GatlingProcess await() throws IOException, InterruptedException {
      return await(TIME_LIMIT_SECONDS);
    }

    /** As {@link #await()}, for a longer run: {@code limitSeconds} at most. */
    GatlingProcess await(long limitSeconds) throws IOException, InterruptedException {
      if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            simulation.getSimpleName() + " did not end within " + limitSeconds + " s");
      }
      return new GatlingProcess(process.exitValue(), Files.readString(log), results, runs);
    }
  }

  /** The run summary the simulation wrote (there is one per run). */
  String summary() throws IOException {
    try (var files = Files.list(runsDir)) {
      Path only =
          files
              .reduce(
                  (a, b) -> {
                    throw new IllegalStateException("more than one summary in " + runsDir);
                  })
              .orElseThrow(
                  () -> new IllegalStateException("no summary in " + runsDir + "\n" + output));
      return Files.readString(only);
    }
  }

  boolean wroteGatlingReport() throws IOException {
    try (var dirs = Files.list(resultsDir)) {
      return dirs.anyMatch(dir -> Files.exists(dir.resolve("index.html")));
    }
  }
}
