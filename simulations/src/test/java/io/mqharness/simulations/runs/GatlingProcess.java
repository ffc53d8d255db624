package io.mqharness.simulations.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Gatling run in its own JVM, as the Maven plugin would start it; its exit status and output are kept. */
record GatlingProcess(int exitStatus, String output, Path resultsDir, Path runsDir) {
  private static final long TIME_LIMIT_SECONDS = 90;

  static GatlingProcess run(Class<?> simulation, Map<String, String> properties, Path workDir) throws Exception {
    Path results = Files.createDirectories(workDir.resolve("gatling"));
    Path runs = workDir.resolve("harness-runs");
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
        // as the Gatling Maven plugin starts it: Gatling's log writer reads String internals
        "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "-Dmq.runsDir=" + runs));
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("io.gatling.app.Gatling", "--simulation", simulation.getName(),
        "--results-folder", results.toString()));
    Path log = workDir.resolve("gatling.log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // Only the properties given here configure these runs: a build with MQ_TARGET_* (or any MQ_* parameter) in its
    // environment must not send them elsewhere or change their load.
    builder.environment().keySet().removeIf(name -> name.startsWith("MQ_"));
    Process process = builder.start();
    if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(simulation.getSimpleName() + " did not end within " + TIME_LIMIT_SECONDS + " s");
    }
    return new GatlingProcess(process.exitValue(), Files.readString(log), results, runs);
  }

  /** The run summary the simulation wrote (there is one per run). */
  String summary() throws IOException {
    try (var files = Files.list(runsDir)) {
      Path only = files.reduce((a, b) -> {
        throw new IllegalStateException("more than one summary in " + runsDir);
      }).orElseThrow(() -> new IllegalStateException("no summary in " + runsDir + "\n" + output));
      return Files.readString(only);
    }
  }

  boolean wroteGatlingReport() throws IOException {
    try (var dirs = Files.list(resultsDir)) {
      return dirs.anyMatch(dir -> Files.exists(dir.resolve("index.html")));
    }
  }
}
