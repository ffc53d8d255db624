package io.mqharness.benchmarks;

import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulator.testkit.StandaloneSimulator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The simulator's JVM bench, for what Gatling cannot measure (benchmarks/README.md): starts the
 * standalone simulator (journal off) with the test kit, has thousands of consumers wait at once and
 * measures how fast a publish wakes one (long poll) and how the simulator serves others meanwhile
 * (waiting crowd), then measures the engine's memory per stored message in another JVM, and prints
 * the figures, each beside a baseline measured in the same run. Every JVM it starts is ended before
 * it returns. Throughput is Gatling's (simulations).
 */
public final class BenchMain {
  static final Credentials CREDENTIALS = Credentials.of("bench-ak", "bench-sk");
  private static final Duration PROBE_LIMIT = Duration.ofSeconds(120);
  private static final Duration CROWD_BASELINE = Duration.ofSeconds(3);

  private final BenchConfig config;

  private BenchMain(BenchConfig config) {
    this.config = config;
  }

  /**
   * Runs the bench with {@code args} ({@link BenchConfig}) and prints its report to stdout; exit 0
   * when it ran.
   */
  public static void main(String[] args) throws Exception {
    BenchConfig config;
    try {
      config = BenchConfig.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    BenchFigures figures = new BenchMain(config).run();
    new Report(System.out).print(figures);
    System.exit(0);
  }

  private BenchFigures run() throws Exception {
    String jdk = jdkVersion();
    LongPollResult longPoll = null;
    Latencies longPollBaseline = null;
    WaitingCrowdResult crowd = null;
    Latencies crowdBaseline = null;
    boolean virtualThreads = false;
    if (config.runs("longpoll") || config.runs("crowd")) {
      try (StandaloneSimulator simulator =
          StandaloneSimulator.launch()
              .jar(config.jar())
              .java(config.jdk())
              .jvmOptions(config.serverJvmOptions())
              .options(
                  "--credentials",
                  CREDENTIALS.accessKeyId() + ":" + CREDENTIALS.accessKeySecret(),
                  "--journal-entries",
                  "0")
              .options(config.simulatorOptions())
              .start()) {
        virtualThreads =
            simulator.output().stream().anyMatch(l -> l.startsWith("Threads: virtual"));
        URI url = simulator.uri();
        if (config.runs("longpoll")) {
          progress(
              "long poll: baseline of "
                  + config.longPollSamples()
                  + " publishes, then "
                  + config.longPollConsumers()
                  + " waiting consumers, "
                  + config.longPollSamples()
                  + " samples");
          LongPollProbe probe = new LongPollProbe(url, CREDENTIALS);
          longPollBaseline = probe.publishRoundTrips(config.longPollSamples());
          longPoll = probe.run(config.longPollConsumers(), config.longPollSamples());
        }
        if (config.runs("crowd")) {
          progress(
              "waiting crowd: publishes alone for "
                  + CROWD_BASELINE.toSeconds()
                  + " s, then "
                  + config.crowd()
                  + " consumers waiting "
                  + config.crowdWait().toSeconds()
                  + " s, publishes to another topic meanwhile");
          WaitingCrowdProbe probe = new WaitingCrowdProbe(url, CREDENTIALS);
          crowdBaseline = probe.publishWhileTheyWait(CROWD_BASELINE);
          double cpuBefore = simulator.cpuSeconds();
          long wallBefore = System.nanoTime();
          crowd =
              probe
                  .run(config.crowd(), config.crowdWait())
                  .withSimulatorCpu(
                      simulator.cpuSeconds() - cpuBefore, (System.nanoTime() - wallBefore) / 1e9);
        }
      }
    }
    MemoryResult memory = null;
    if (config.runs("memory")) {
      progress("memory: " + config.memoryMessages() + " messages in a JVM with -Xmx1g");
      memory = memory();
    }
    return new BenchFigures(
        jdk,
        virtualThreads,
        Runtime.getRuntime().availableProcessors(),
        config,
        longPoll,
        longPollBaseline,
        crowd,
        crowdBaseline,
        memory);
  }

  /**
   * {@link MemoryProbe} in a JVM of its own (-Xmx1g, the bench's class path), ended at {@link
   * #PROBE_LIMIT}.
   */
  private MemoryResult memory() throws IOException, InterruptedException {
    Path log = Files.createTempFile("mq-memory-probe-", ".log");
    Process probe =
        new ProcessBuilder(
                config.jdk(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                MemoryProbe.class.getName(),
                Integer.toString(config.memoryMessages()),
                Integer.toString(MemoryProbe.BODY_LENGTH))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      if (!probe.waitFor(PROBE_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException(
            "the memory probe did not finish within "
                + PROBE_LIMIT
                + ": "
                + Files.readAllLines(log));
      }
      if (probe.exitValue() != 0) {
        throw new IllegalStateException(
            "the memory probe failed (exit " + probe.exitValue() + "): " + Files.readAllLines(log));
      }
      return MemoryResult.parse(Files.readAllLines(log));
    } finally {
      probe.destroyForcibly();
    }
  }

  private String jdkVersion() throws IOException, InterruptedException {
    Process version =
        new ProcessBuilder(config.jdk(), "-version").redirectErrorStream(true).start();
    List<String> lines = new String(version.getInputStream().readAllBytes()).lines().toList();
    version.waitFor();
    return lines.size() > 1 ? lines.get(1).trim() : String.join(" ", lines);
  }

  private static void progress(String step) {
    System.out.println("-- " + step);
    System.out.flush();
  }
}
