package io.mqharness.simulator.testkit;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone simulator jar ({@code simulator/target/mq-simulator.jar}) run as a child process,
 * as a user runs it: on a free loopback port ({@code --port 0 --bind-address 127.0.0.1}) with the
 * options given, its output (stdout and stderr) in a log file. {@link Launch#start()} returns once
 * it printed {@code MQ simulator listening on URL} and its admin API answered; {@link #close()}
 * ends it, and so does the test JVM's exit.
 *
 * <pre>{@code
 * try (StandaloneSimulator simulator = StandaloneSimulator.launch()
 *     .options("--time-scale", "10", "--credentials", "AK:SK").start()) {
 *   simulator.admin().counters();
 * }
 * }</pre>
 */
public final class StandaloneSimulator implements AutoCloseable {
  /**
   * The system property naming the jar; without it {@link #defaultJar()} looks beside the working
   * directory.
   */
  public static final String JAR_PROPERTY = "mq.simulator.jar";

  private static final Pattern LISTENING =
      Pattern.compile("MQ simulator listening on (http://\\S+)");
  private static final Duration POLL = Duration.ofMillis(100);

  private final Process process;
  private final Thread cleanup;
  private final Path log;
  private final String baseUrl;
  private final SimulatorAdminClient admin;

  private StandaloneSimulator(
      Process process, Thread cleanup, Path log, String baseUrl, Optional<String> token) {
    this.process = process;
    this.cleanup = cleanup;
    this.log = log;
    this.baseUrl = baseUrl;
    this.admin = new SimulatorAdminClient(baseUrl, token);
  }

  /**
   * A launch of the {@link #defaultJar()} with no options beyond the port, the bind address and the
   * log.
   */
  public static Launch launch() {
    return new Launch();
  }

  /**
   * The jar: the system property {@value #JAR_PROPERTY} when set, else the first of {@code
   * target/mq-simulator.jar} and {@code ../simulator/target/mq-simulator.jar} (from simulator or a
   * sibling module) that exists, else the latter (which {@link Launch#start()} reports as missing).
   */
  public static Path defaultJar() {
    String named = System.getProperty(JAR_PROPERTY);
    if (named != null && !named.isBlank()) {
      return Path.of(named).toAbsolutePath().normalize();
    }
    Path here = Path.of("target", "mq-simulator.jar");
    Path sibling = Path.of("..", "simulator", "target", "mq-simulator.jar");
    return (Files.isRegularFile(here) ? here : sibling).toAbsolutePath().normalize();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:40123}, no trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@link #baseUrl()} as a URI. */
  public URI uri() {
    return URI.create(baseUrl);
  }

  /** A client of this simulator's admin API, with the admin token the launch was given. */
  public SimulatorAdminClient admin() {
    return admin;
  }

  /** The file its stdout and stderr go to. */
  public Path log() {
    return log;
  }

  /** Every line it printed so far (stdout and stderr). */
  public List<String> output() {
    try {
      return Files.readAllLines(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of("(cannot read " + log + ": " + e + ")");
    }
  }

  /** Its last {@code lines} lines of output, one string, for failure messages. */
  public String recentOutput(int lines) {
    List<String> all = output();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /** CPU time its process has used so far, in seconds; NaN where the OS does not say. */
  public double cpuSeconds() {
    return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  /** True until it ended. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Ends it (SIGTERM, then a kill after 5 s); waits up to 10 s in all. Idempotent. */
  @Override
  public void close() {
    stop(process, cleanup);
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
    } catch (IllegalStateException | IllegalArgumentException goneOrShuttingDown) {
      // removed before, or the hook runs anyway
    }
  }

  /**
   * How to start one: the jar, the JVM's options, the simulator's options, the log file, the time
   * allowed.
   */
  public static final class Launch {
    private Path jar = defaultJar();
    private String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final List<String> jvmOptions = new ArrayList<>();
    private final List<String> options = new ArrayList<>();
    private Path log;
    private Duration startupTimeout = Duration.ofSeconds(60);
    private Optional<String> adminToken = Optional.empty();

    private Launch() {}

    /** The jar to run, instead of {@link #defaultJar()}. */
    public Launch jar(Path jar) {
      this.jar = jar.toAbsolutePath().normalize();
      return this;
    }

    /** The {@code java} executable, instead of this JVM's. */
    public Launch java(String command) {
      this.java = command;
      return this;
    }

    /** Options for its JVM, e.g. {@code -Xmx128m}, added to those given before. */
    public Launch jvmOptions(List<String> more) {
      jvmOptions.addAll(more);
      return this;
    }

    /**
     * The simulator's own options ({@code SimulatorOptions}, e.g. {@code --time-scale 10
     * --credentials AK:SK}), added to those given before; not {@code --port} or {@code
     * --bind-address}, which the launch sets.
     */
    public Launch options(String... more) {
      options.addAll(List.of(more));
      return this;
    }

    /** As {@link #options(String...)}. */
    public Launch options(List<String> more) {
      options.addAll(more);
      return this;
    }

    /**
     * Where its output goes (parent folders created); by default a temporary file kept after the
     * run.
     */
    public Launch log(Path file) {
      this.log = file;
      return this;
    }

    /** How long it may take to listen and answer (60 s by default). */
    public Launch startupTimeout(Duration timeout) {
      this.startupTimeout = timeout;
      return this;
    }

    /** The admin token its admin client sends (for a simulator started with one). */
    public Launch adminToken(String token) {
      this.adminToken = Optional.ofNullable(token);
      return this;
    }

    /** The command line {@link #start()} runs. */
    public List<String> command() {
      List<String> command = new ArrayList<>(List.of(java));
      command.addAll(jvmOptions);
      command.addAll(List.of("-jar", jar.toString(), "--port", "0", "--bind-address", "127.0.0.1"));
      command.addAll(options);
      return command;
    }

    /**
     * Starts it and waits until it listens and its admin API answers.
     *
     * @throws IllegalStateException when the jar is missing (build it: {@code ./mvnw -pl simulator
     *     -am package}), or it ended or did not answer within the startup timeout (its output is in
     *     the message)
     */
    public StandaloneSimulator start() {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(
            jar
                + " is missing: build it first (./mvnw -pl simulator -am package),"
                + " or name it with -D"
                + JAR_PROPERTY
                + "=PATH");
      }
      Path file;
      Process process;
      List<String> command = command();
      try {
        file = log != null ? log : Files.createTempFile("mq-simulator-", ".log");
        if (file.toAbsolutePath().getParent() != null) {
          Files.createDirectories(file.toAbsolutePath().getParent());
        }
        process =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(file.toFile())
                .start();
      } catch (IOException e) {
        throw new IllegalStateException("cannot start " + command, e);
      }
      // Should the JVM go away without close(), the simulator must not outlive it.
      Thread cleanup = new Thread(process::destroyForcibly, "mq-simulator-cleanup");
      Runtime.getRuntime().addShutdownHook(cleanup);
      try {
        String url = awaitListening(process, file);
        StandaloneSimulator simulator =
            new StandaloneSimulator(process, cleanup, file, url, adminToken);
        awaitAdmin(simulator);
        return simulator;
      } catch (RuntimeException e) {
        stop(process, cleanup);
        throw new IllegalStateException(
            e.getMessage() + "\n--- simulator output (" + file + ") ---\n" + readQuietly(file), e);
      }
    }

    private String awaitListening(Process process, Path file) {
      long deadline = System.nanoTime() + startupTimeout.toNanos();
      while (System.nanoTime() < deadline) {
        Matcher m = LISTENING.matcher(readQuietly(file));
        if (m.find()) {
          return m.group(1);
        }
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "the simulator ended (exit " + process.exitValue() + ") before it listened");
        }
        pause();
      }
      throw new IllegalStateException(
          "the simulator did not say it listens within " + startupTimeout.toSeconds() + " s");
    }

    private void awaitAdmin(StandaloneSimulator simulator) {
      long deadline = System.nanoTime() + startupTimeout.toNanos();
      while (simulator.admin().clockState().isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "the simulator's admin API did not answer within "
                  + startupTimeout.toSeconds()
                  + " s");
        }
        pause();
      }
    }

    private static String readQuietly(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    }

    private static void pause() {
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the simulator started", e);
      }
    }
  }
}
