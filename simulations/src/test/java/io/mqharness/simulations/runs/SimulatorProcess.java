package io.mqharness.simulations.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone simulator jar ({@code mq.simulator.jar}, mock-server's {@code target/mq-simulator.jar}) in a JVM of
 * its own on a free loopback port, as {@code ./harness soak} starts it; its output goes to a file.
 */
final class SimulatorProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("MQ simulator listening on (http://\\S+)");

  private final Process process;
  private final Path log;
  private final String baseUrl;

  private SimulatorProcess(Process process, Path log, String baseUrl) {
    this.process = process;
    this.log = log;
    this.baseUrl = baseUrl;
  }

  /** Starts it with {@code -Xmx heap} and {@code options}; ready when it printed its URL (30 s at most). */
  static SimulatorProcess start(Path log, String heap, String... options) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("mq.simulator.jar", "../mock-server/target/mq-simulator.jar"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: build mock-server first (./mvnw -pl mock-server -am package)");
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-jar", jar.toString(), "--port", "0", "--bind-address", "127.0.0.1", "--journal-entries", "0"));
    command.addAll(List.of(options));
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && process.isAlive()) {
      Matcher m = LISTENING.matcher(Files.readString(log));
      if (m.find()) {
        return new SimulatorProcess(process, log, m.group(1));
      }
      Thread.sleep(200);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the simulator did not start: " + Files.readString(log));
  }

  String baseUrl() {
    return baseUrl;
  }

  String output() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
