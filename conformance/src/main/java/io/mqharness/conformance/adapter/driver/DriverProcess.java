package io.mqharness.conformance.adapter.driver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running driver: writes request lines to its stdin, hands out its stdout lines with a time
 * limit, and kills it with all its descendants. Its stderr goes to a {@link StderrTail}.
 */
final class DriverProcess {
  /** What {@link #nextLine} saw: a line, the end of stdout, or nothing before the deadline. */
  sealed interface Next permits Line, Ended, TimedOut {}

  record Line(String text) implements Next {}

  record Ended() implements Next {}

  record TimedOut() implements Next {}

  private final Process process;
  private final Writer stdin;
  private final BlockingQueue<Next> stdout = new LinkedBlockingQueue<>();
  private final StderrTail stderr;

  private DriverProcess(Process process, String name) {
    this.process = process;
    this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.stderr = StderrTail.follow(name, process.getErrorStream());
    Thread reader = new Thread(this::readStdout, "driver-stdout-" + name);
    reader.setDaemon(true);
    reader.start();
  }

  static DriverProcess start(DriverCommand command) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command.argv()).directory(command.workingDirectory().toFile());
    builder.environment().putAll(command.environment());
    return new DriverProcess(builder.start(), command.name());
  }

  private void readStdout() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          stdout.add(new Line(line));
        }
      }
    } catch (IOException e) {
      // the stream broke: same as its end
    }
    stdout.add(new Ended());
  }

  /** Sends one line; false when the driver no longer reads its stdin. */
  boolean send(String line) {
    try {
      stdin.write(line);
      stdin.write('\n');
      stdin.flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Closes the driver's stdin: the end of input, after which a driver must exit (DRIVER.md §1). */
  void closeInput() {
    try {
      stdin.close();
    } catch (IOException e) {
      // it no longer reads: the same for the caller
    }
  }

  Next nextLine(Duration limit) {
    try {
      Next next = stdout.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
      if (next instanceof Ended ended) {
        stdout.add(ended); // every later read sees the end too
      }
      return next == null ? new TimedOut() : next;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new TimedOut();
    }
  }

  /** The exit code once the driver has ended, waiting at most {@code limit}. */
  OptionalInt exitCode(Duration limit) {
    try {
      return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)
          ? OptionalInt.of(process.exitValue())
          : OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
  }

  /**
   * Kills the driver and every process it started (children first, so none is re-parented and
   * lost).
   */
  void killTree() {
    List<ProcessHandle> descendants = process.descendants().toList();
    descendants.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    exitCode(Duration.ofSeconds(5));
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * The last stderr lines, after waiting briefly for the stream to end when the driver has exited.
   */
  String stderrTail() {
    if (!process.isAlive()) {
      stderr.awaitEnd(1_000);
    }
    return stderr.text();
  }
}
