package io.mqharness.mock.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bench's knobs, from its command line. {@code --crowd} consumers wait {@code --crowd-wait-seconds} at once in
 * the waiting-crowd phase; {@code --only load,longpoll,crowd,memory} runs some phases only. {@code --jdk} is the java launcher for the JVMs it starts (the
 * simulator, the static stub, the memory probe); {@code --server-jvm-option} (repeatable) goes to the simulator
 * and the static stub; the bench itself runs on whatever JVM started it. JIT compilation on two busy cores needs
 * some 30 s of load before the figures settle, hence the unreported warm-up rounds. {@code --simulator-option}
 * (repeatable) goes to both simulators' command lines, e.g. {@code --simulator-option --container-threads=16}.
 */
record BenchConfig(
    String jdk, List<String> serverJvmOptions, List<String> simulatorOptions, Path jar, int workers, int warmUpRounds, int rounds, Duration roundTime, int journalEntries, int longPollSamples,
    int memoryMessages, int crowd, Duration crowdWait, Set<String> phases) {

  /** The bench's phases, in the order they run; {@code --only} picks some of them. */
  static final List<String> PHASES = List.of("load", "longpoll", "crowd", "memory");

  boolean runs(String phase) {
    return phases.contains(phase);
  }

  static BenchConfig parse(String[] args) {
    List<String> serverJvmOptions = new ArrayList<>();
    List<String> simulatorOptions = new ArrayList<>();
    String jdk = ProcessHandle.current().info().command().orElse("java");
    Path jar = Path.of("mock-server/target/mq-simulator.jar");
    int workers = 32;
    int warmUpRounds = 5;
    int rounds = 5;
    Duration roundTime = Duration.ofSeconds(3);
    int journalEntries = 0;
    int samples = 200;
    int memoryMessages = 1_000_000;
    int crowd = 10_000;
    Duration crowdWait = Duration.ofSeconds(10);
    Set<String> phases = new LinkedHashSet<>(PHASES);
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--jdk" -> jdk = value;
        case "--server-jvm-option" -> serverJvmOptions.add(value);
        case "--simulator-option" -> simulatorOptions.add(value);
        case "--jar" -> jar = Path.of(value);
        case "--workers" -> workers = Integer.parseInt(value);
        case "--warm-up-rounds" -> warmUpRounds = Integer.parseInt(value);
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--round-seconds" -> roundTime = Duration.ofSeconds(Long.parseLong(value));
        case "--journal-entries" -> journalEntries = Integer.parseInt(value);
        case "--samples" -> samples = Integer.parseInt(value);
        case "--memory-messages" -> memoryMessages = Integer.parseInt(value);
        case "--crowd" -> crowd = Integer.parseInt(value);
        case "--crowd-wait-seconds" -> crowdWait = Duration.ofSeconds(Long.parseLong(value));
        case "--only" -> {
          phases = new LinkedHashSet<>(List.of(value.split(",")));
          if (!PHASES.containsAll(phases)) {
            throw new IllegalArgumentException("--only takes some of " + PHASES + ", got " + value);
          }
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; see mock-server/README.md, Performance");
      }
      i++;
    }
    return new BenchConfig(jdk, List.copyOf(serverJvmOptions), List.copyOf(simulatorOptions), jar, workers, warmUpRounds, rounds, roundTime, journalEntries, samples,
        memoryMessages, crowd, crowdWait, Set.copyOf(phases));
  }
}
