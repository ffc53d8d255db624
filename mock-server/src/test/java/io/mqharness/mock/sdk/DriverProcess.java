package io.mqharness.mock.sdk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of an SDK driver script (Node, Python) as a child process with a time limit. Output goes to files, so a
 * chatty driver can never block on a full pipe; on time-out the process and its children are killed.
 */
final class DriverProcess {
  private DriverProcess() {}

  /** What a driver run left behind. */
  record Result(List<String> command, int exitCode, boolean timedOut, Duration elapsed, String stdout, String stderr) {
    /** The driver's outcome line: the last stdout line that looks like a JSON object, or null. */
    String jsonLine() {
      List<String> lines = stdout.lines().map(String::strip).filter(l -> l.startsWith("{") && l.endsWith("}")).toList();
      return lines.isEmpty() ? null : lines.get(lines.size() - 1);
    }

    /** Everything needed to understand a failure, for assertion messages. */
    String describe() {
      return String.join(" ", command) + "\nexit " + (timedOut ? "(killed after time-out)" : exitCode)
          + " after " + elapsed.toMillis() + " ms\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
    }
  }

  static Result run(List<String> command, Path workDir, Map<String, String> env, Duration limit)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("sdk-driver-", ".out");
    Path err = Files.createTempFile("sdk-driver-", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(workDir.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      builder.environment().putAll(env);
      long started = System.nanoTime();
      Process process = builder.start();
      boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      return new Result(command, finished ? process.exitValue() : -1, !finished, elapsed,
          Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
