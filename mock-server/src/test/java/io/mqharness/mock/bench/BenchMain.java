package io.mqharness.mock.bench;

import io.mqharness.protocol.sign.Credentials;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's performance bench (see mock-server/README.md, Performance): starts the standalone simulator (journal
 * off), a second one with the jar's default request journal, and a plain WireMock static stub, each in its own JVM on
 * the same JDK, drives them from this JVM with the same bounded load, has thousands of consumers wait at once, then
 * measures the engine's memory in another JVM, and prints the figures. Every JVM it starts is killed before it
 * returns.
 */
public final class BenchMain {
  static final Credentials CREDENTIALS = Credentials.of("bench-ak", "bench-sk");
  private static final long UNBOUNDED_STEPS = Long.MAX_VALUE;
  private static final Duration DRAIN_TIME = Duration.ofSeconds(20);
  private static final Duration STARTUP = Duration.ofSeconds(60);

  private final BenchConfig config;
  private final String classpath = System.getProperty("java.class.path");

  private BenchMain(BenchConfig config) {
    this.config = config;
  }

  public static void main(String[] args) throws Exception {
    BenchFigures figures = new BenchMain(BenchConfig.parse(args)).run();
    new Report(System.out).print(figures);
    System.exit(0);
  }

  private BenchFigures run() throws Exception {
    String jdk = jdkVersion();
    List<LoadResult> stubRounds = new ArrayList<>();
    List<LoadResult> publishRounds = new ArrayList<>();
    List<LoadResult> journalRounds = new ArrayList<>();
    List<LoadResult> consumeRounds = new ArrayList<>();
    LongPollResult longPoll = null;
    WaitingCrowdResult crowd = null;
    boolean virtualThreads;
    try (ServerProcess simulator = ServerProcess.start("simulator", simulatorCommand(true));
        ServerProcess journaled = ServerProcess.start("simulator-journal", simulatorCommand(false));
        ServerProcess stub = ServerProcess.start("static-stub", stubCommand())) {
      Thread killer = new Thread(() -> {
        simulator.close();
        journaled.close();
        stub.close();
      });
      Runtime.getRuntime().addShutdownHook(killer);
      URI simulatorUrl = simulator.awaitReady(STARTUP);
      URI journaledUrl = journaled.awaitReady(STARTUP);
      URI stubUrl = stub.awaitReady(STARTUP);
      virtualThreads = simulator.output().stream().anyMatch(l -> l.startsWith("Threads: virtual"));
      LoadGenerator toSimulator = new LoadGenerator(simulatorUrl, CREDENTIALS, config.workers());
      LoadGenerator toJournaled = new LoadGenerator(journaledUrl, CREDENTIALS, config.workers());
      LoadGenerator toStub = new LoadGenerator(stubUrl, CREDENTIALS, config.workers());

      int warmUps = config.runs("load") ? config.warmUpRounds() : 0;
      int rounds = config.runs("load") ? config.rounds() : 0;
      for (int round = 1; round <= warmUps + rounds; round++) {
        boolean measured = round > warmUps;
        progress((measured ? "round " + (round - warmUps) : "warm-up " + round) + ": static stub, simulator publish,"
            + " simulator publish with the default journal, " + config.roundTime().toSeconds() + " s each, then"
            + " simulator consume+ack until drained");
        String topic = "BENCH_" + round;
        LoadResult stubRound = toStub.run(PublishStep.of(topic, 100), UNBOUNDED_STEPS, config.roundTime());
        LoadResult publishRound = toSimulator.run(PublishStep.of(topic, 100), UNBOUNDED_STEPS, config.roundTime());
        LoadResult journalRound = toJournaled.run(PublishStep.of(topic, 100), UNBOUNDED_STEPS, config.roundTime());
        LoadResult consumeRound = toSimulator.run(new ConsumeAckStep(topic, "GID_" + topic), UNBOUNDED_STEPS, DRAIN_TIME);
        if (measured) {
          stubRounds.add(stubRound);
          publishRounds.add(publishRound);
          journalRounds.add(journalRound);
          consumeRounds.add(consumeRound);
        }
      }

      if (config.runs("longpoll")) {
        int consumers = 2_000;
        progress("long poll: " + consumers + " waiting consumers, " + config.longPollSamples() + " samples");
        longPoll = new LongPollProbe(simulatorUrl, CREDENTIALS).run(consumers, config.longPollSamples());
      }
      if (config.runs("crowd")) {
        progress("waiting crowd: " + config.crowd() + " consumers waiting " + config.crowdWait().toSeconds()
            + " s, publishes to another topic meanwhile");
        double cpuBefore = simulator.cpuSeconds();
        long wallBefore = System.nanoTime();
        crowd = new WaitingCrowdProbe(simulatorUrl, CREDENTIALS).run(config.crowd(), config.crowdWait())
            .withSimulatorCpu(simulator.cpuSeconds() - cpuBefore, (System.nanoTime() - wallBefore) / 1e9);
      }
      Runtime.getRuntime().removeShutdownHook(killer);
    }
    MemoryResult memory = null;
    if (config.runs("memory")) {
      progress("memory: " + config.memoryMessages() + " messages in a JVM with -Xmx1g");
      memory = memory();
    }
    return new BenchFigures(jdk, virtualThreads, Runtime.getRuntime().availableProcessors(), config, stubRounds,
        publishRounds, journalRounds, consumeRounds, longPoll, crowd, memory);
  }

  /** The simulator under test; {@code journalAsConfigured} false leaves the jar's default journal. */
  private List<String> simulatorCommand(boolean journalAsConfigured) {
    List<String> command = new ArrayList<>(List.of(config.jdk()));
    command.addAll(config.serverJvmOptions());
    command.addAll(List.of("-jar", config.jar().toString(), "--port", "0",
        "--credentials", CREDENTIALS.accessKeyId() + ":" + CREDENTIALS.accessKeySecret()));
    if (journalAsConfigured) {
      command.addAll(List.of("--journal-entries", Integer.toString(config.journalEntries())));
    }
    command.addAll(config.simulatorOptions());
    return command;
  }

  private List<String> stubCommand() {
    List<String> command = new ArrayList<>(List.of(config.jdk()));
    command.addAll(config.serverJvmOptions());
    command.addAll(List.of("-cp", classpath, StaticStubServer.class.getName()));
    return command;
  }

  private MemoryResult memory() throws IOException, InterruptedException {
    try (ServerProcess probe = ServerProcess.start("memory-probe", List.of(config.jdk(), "-Xmx1g",
        "-cp", classpath, MemoryProbe.class.getName(), Integer.toString(config.memoryMessages()), "100"))) {
      int exit = probe.awaitExit(Duration.ofSeconds(120));
      if (exit != 0) {
        throw new IllegalStateException("the memory probe failed (exit " + exit + "): " + probe.output());
      }
      return MemoryResult.parse(probe.output());
    }
  }

  private String jdkVersion() throws IOException, InterruptedException {
    Process version = new ProcessBuilder(config.jdk(), "-version").redirectErrorStream(true).start();
    List<String> lines = new String(version.getInputStream().readAllBytes()).lines().toList();
    version.waitFor();
    return lines.size() > 1 ? lines.get(1).trim() : String.join(" ", lines);
  }

  private static void progress(String step) {
    System.out.println("-- " + step);
    System.out.flush();
  }
}
