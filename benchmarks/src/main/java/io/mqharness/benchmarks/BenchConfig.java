package io.mqharness.benchmarks;

import io.mqharness.simulator.testkit.StandaloneSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bench's knobs, from its command line (benchmarks/README.md). {@code --jdk} is the java
 * launcher of the JVMs it starts (the simulator, the memory probe); {@code --server-jvm-option}
 * (repeatable) goes to the simulator's JVM; {@code --simulator-option} (repeatable) to its command
 * line, e.g. {@code --container-threads=16}; {@code --jar} names another simulator jar (an older
 * build, for before/after figures). {@code --samples} wake-ups are measured with {@code
 * --longpoll-consumers} waiting; {@code --crowd} consumers wait {@code --crowd-wait-seconds} at
 * once in the waiting-crowd phase; the memory probe stores {@code --memory-messages}. {@code --only
 * longpoll,crowd,memory} runs some phases only.
 */
record BenchConfig(
    String jdk,
    List<String> serverJvmOptions,
    List<String> simulatorOptions,
    Path jar,
    int longPollConsumers,
    int longPollSamples,
    int memoryMessages,
    int crowd,
    Duration crowdWait,
    Set<String> phases) {

  /** The bench's phases, in the order they run; {@code --only} picks some of them. */
  static final List<String> PHASES = List.of("longpoll", "crowd", "memory");

  boolean runs(String phase) {
    return phases.contains(phase);
  }

  /**
   * Reads the options; unknown ones are refused.
   *
   * @throws IllegalArgumentException for an unknown option, an option without its value, a count
   *     that is not a whole number above 0, or an unknown phase
   */
  static BenchConfig parse(String[] args) {
    List<String> serverJvmOptions = new ArrayList<>();
    List<String> simulatorOptions = new ArrayList<>();
    String jdk = ProcessHandle.current().info().command().orElse("java");
    Path jar = StandaloneSimulator.defaultJar();
    int longPollConsumers = 2_000;
    int samples = 200;
    int memoryMessages = 1_000_000;
    int crowd = 10_000;
    Duration crowdWait = Duration.ofSeconds(10);
    Set<String> phases = new LinkedHashSet<>(PHASES);
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException(
            "not an option: " + args[i] + "; see benchmarks/README.md");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value; see benchmarks/README.md");
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--jdk" -> jdk = value;
        case "--server-jvm-option" -> serverJvmOptions.add(value);
        case "--simulator-option" -> simulatorOptions.add(value);
        case "--jar" -> jar = Path.of(value);
        case "--longpoll-consumers" -> longPollConsumers = positive(args[i], value);
        case "--samples" -> samples = positive(args[i], value);
        case "--memory-messages" -> memoryMessages = positive(args[i], value);
        case "--crowd" -> crowd = positive(args[i], value);
        case "--crowd-wait-seconds" -> crowdWait = Duration.ofSeconds(positive(args[i], value));
        case "--only" -> {
          phases = new LinkedHashSet<>(List.of(value.split(",")));
          if (!PHASES.containsAll(phases)) {
            throw new IllegalArgumentException("--only takes some of " + PHASES + ", got " + value);
          }
        }
        default ->
            throw new IllegalArgumentException(
                "unknown option " + args[i] + "; see benchmarks/README.md");
      }
      i++;
    }
    return new BenchConfig(
        jdk,
        List.copyOf(serverJvmOptions),
        List.copyOf(simulatorOptions),
        jar,
        longPollConsumers,
        samples,
        memoryMessages,
        crowd,
        crowdWait,
        Set.copyOf(phases));
  }

  private static int positive(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        option + " takes a whole number above 0, not \"" + value + "\"");
  }
}
