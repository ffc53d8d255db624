package io.mqharness.conformance.adapter.driver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Forwards a driver's stderr to the log, line by line, and keeps its last lines for failure
 * messages.
 */
final class StderrTail {
  private static final System.Logger LOG = System.getLogger("io.mqharness.conformance.driver");
  private static final int KEPT_LINES = 20;

  private final String driverName;
  private final Deque<String> lines = new ArrayDeque<>();
  private Thread pump;

  private StderrTail(String driverName) {
    this.driverName = driverName;
  }

  /** Starts a daemon thread that drains {@code stderr} until it ends. */
  static StderrTail follow(String driverName, InputStream stderr) {
    StderrTail tail = new StderrTail(driverName);
    tail.pump = new Thread(() -> tail.drain(stderr), "driver-stderr-" + driverName);
    tail.pump.setDaemon(true);
    tail.pump.start();
    return tail;
  }

  private void drain(InputStream stderr) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        LOG.log(Level.INFO, "[{0}] {1}", driverName, line);
        keep(line);
      }
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "stderr of " + driverName + " closed", e);
    }
  }

  private synchronized void keep(String line) {
    if (lines.size() == KEPT_LINES) {
      lines.removeFirst();
    }
    lines.addLast(line);
  }

  /**
   * Waits (at most {@code millis}) until stderr has ended, so that {@link #text()} holds the
   * driver's last words.
   */
  void awaitEnd(long millis) {
    try {
      pump.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The last lines seen, joined by newlines; empty when the driver wrote nothing. */
  synchronized String text() {
    return String.join("\n", lines);
  }
}
