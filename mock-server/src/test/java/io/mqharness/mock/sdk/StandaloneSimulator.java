package io.mqharness.mock.sdk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone simulator jar ({@code target/mq-simulator.jar}) run as a child process on a free loopback port,
 * as a user runs it. Ready once it prints {@code MQ simulator listening on URL}; {@link #close()} ends it.
 */
final class StandaloneSimulator implements AutoCloseable {
  static final String ACCESS_KEY = "SdkItAccessKey";
  static final String SECRET_KEY = "SdkItSecretKey";
  static final String INSTANCE_ID = "MQ_INST_SIM";
  static final String GROUP_ID = "GID_T";

  private static final Pattern LISTENING = Pattern.compile("MQ simulator listening on (http://\\S+)");
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
  private static final int KEPT_LINES = 300;

  private final Process process;
  private final Thread cleanup;
  private final Deque<String> output;
  private final String endpoint;

  private StandaloneSimulator(Process process, Thread cleanup, Deque<String> output, String endpoint) {
    this.process = process;
    this.cleanup = cleanup;
    this.output = output;
    this.endpoint = endpoint;
  }

  /** Starts the jar with {@code --port 0 --time-scale 10} and waits until it listens. */
  static StandaloneSimulator start() {
    Path jar = Path.of(System.getProperty("mq.simulator.jar", "target/mq-simulator.jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build it first (./mvnw -pl mock-server -am package)");
    }
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString(),
        "--port", "0",
        "--time-scale", "10",
        "--credentials", ACCESS_KEY + ":" + SECRET_KEY);
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + command, e);
    }
    // Should the test JVM go away without @AfterAll, the simulator must not outlive it.
    Thread cleanup = new Thread(process::destroyForcibly, "mq-simulator-it-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    CompletableFuture<String> ready = new CompletableFuture<>();
    Deque<String> output = new ArrayDeque<>();
    Thread reader = new Thread(() -> pump(process, ready, output), "mq-simulator-it-output");
    reader.setDaemon(true);
    reader.start();
    try {
      return new StandaloneSimulator(process, cleanup, output, awaitReady(ready));
    } catch (RuntimeException e) {
      stop(process, cleanup);
      throw new IllegalStateException(
          e.getMessage() + "\n--- simulator output ---\n" + String.join("\n", snapshot(output)), e);
    }
  }

  /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
  String endpoint() {
    return endpoint;
  }

  /** The last lines the simulator printed (stdout and stderr), for failure messages. */
  String recentOutput() {
    return String.join("\n", snapshot(output));
  }

  @Override
  public void close() {
    stop(process, cleanup);
  }

  private static void pump(Process process, CompletableFuture<String> ready, Deque<String> kept) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        synchronized (kept) {
          kept.addLast(line);
          if (kept.size() > KEPT_LINES) {
            kept.removeFirst();
          }
        }
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          ready.complete(m.group(1));
        }
      }
    } catch (IOException e) {
      ready.completeExceptionally(e);
    }
    ready.completeExceptionally(new IllegalStateException("the simulator ended (exit "
        + process.onExit().join().exitValue() + ") before it listened"));
  }

  private static List<String> snapshot(Deque<String> lines) {
    synchronized (lines) {
      return new ArrayList<>(lines);
    }
  }

  private static String awaitReady(CompletableFuture<String> ready) {
    try {
      return ready.get(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("the simulator did not say it listens within " + STARTUP_TIMEOUT.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the simulator started", e);
    }
  }

  private static void stop(Process process, Thread cleanup) {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }
}
