package io.mqharness.mock.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A JVM the bench started, ready once it prints "listening on http://...". Its output is drained in the
 * background (a full pipe would stall it) and kept for the report; {@link #close()} kills it.
 */
final class ServerProcess implements AutoCloseable {
  private static final String READY = "listening on ";

  private final String name;
  private final Process process;
  private final List<String> output = new ArrayList<>();
  private final CompletableFuture<URI> ready = new CompletableFuture<>();

  private ServerProcess(String name, Process process) {
    this.name = name;
    this.process = process;
    Thread drain = new Thread(this::drain, name + "-output");
    drain.setDaemon(true);
    drain.start();
  }

  static ServerProcess start(String name, List<String> command) throws IOException {
    return new ServerProcess(name, new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  URI awaitReady(Duration timeout) throws InterruptedException {
    try {
      return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      close();
      throw new IllegalStateException(name + " did not start: " + output(), e);
    }
  }

  /** CPU time the process has used so far, in seconds (NaN where the OS does not say). */
  double cpuSeconds() {
    return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  /** The lines printed so far. */
  synchronized List<String> output() {
    return List.copyOf(output);
  }

  /** Waits for a process that ends by itself (the memory probe), killing it at the deadline. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      close();
      throw new IllegalStateException(name + " did not finish within " + timeout + ": " + output());
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void drain() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        synchronized (this) {
          if (output.size() < 200) {
            output.add(line);
          }
        }
        int at = line.indexOf(READY);
        if (at >= 0 && line.contains("http://")) {
          ready.complete(URI.create(line.substring(at + READY.length()).trim()));
        }
      }
    } catch (IOException e) {
      ready.completeExceptionally(e);
    }
    ready.completeExceptionally(new IllegalStateException(name + " exited"));
  }
}
