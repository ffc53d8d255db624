package io.mqharness.simulator.cli;

import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.engine.EngineSettings;
import io.mqharness.simulator.engine.TopicRef;
import io.mqharness.simulator.health.PlantedLeak;
import io.mqharness.simulator.security.AdminAccess;
import io.mqharness.simulator.security.AdminAccessRefused;
import io.mqharness.simulator.wiremock.LongPollThreadPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar mq-simulator.jar}: the standalone simulator. Ready when it prints the URL it
 * listens on.
 */
@Command(
    name = "mq-simulator",
    mixinStandardHelpOptions = true,
    version = "mq-simulator 0.1.0",
    description =
        "Simulates the MQ HTTP protocol (publish, consume, ack, ordered, timer and transactional messages).")
public final class SimulatorMain implements Callable<Integer> {
  @Option(
      names = "--port",
      description = "Port to listen on (0 = any free port). Default: ${DEFAULT-VALUE}.")
  int port = 8080;

  @Option(
      names = "--bind-address",
      description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
  String bindAddress = "127.0.0.1";

  @Option(
      names = "--credentials",
      paramLabel = "AK:SK",
      description =
          "An accepted access key id and secret; repeatable. Default: harness-ak:harness-sk.")
  List<String> credentials = new ArrayList<>();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "JSON file with credentials, topics and settings.")
  Path config;

  @Option(
      names = "--strict",
      description = "Undeclared topics answer TopicNotExist instead of springing into being.")
  boolean strict;

  @Option(
      names = "--topic",
      paramLabel = "[INSTANCE/]TOPIC",
      description = "Declare a topic; repeatable.")
  List<String> topics = new ArrayList<>();

  @Option(
      names = "--time-scale",
      paramLabel = "N",
      description = "Run protocol timers N times faster. Default: 1.")
  Double timeScale;

  @Option(
      names = "--max-messages",
      paramLabel = "N",
      description =
          "Cap on stored messages; when full, the oldest retained message is evicted. Default: 2000000.")
  Long maxMessages;

  @Option(
      names = "--retention",
      paramLabel = "DURATION",
      converter = DurationText.class,
      description =
          "How long a topic keeps each message for its groups, whatever they ack (3d, 72h, PT90M, ...)."
              + " Default: 3d.")
  Duration retention;

  @Option(
      names = "--container-threads",
      description =
          "Request threads on JDK 17 (a waiting long poll holds none). Default: ${DEFAULT-VALUE}.")
  int containerThreads = 64;

  @Option(
      names = "--journal-entries",
      description =
          "Requests kept in WireMock's journal for verify() and the admin API, 0 = off."
              + " Default: ${DEFAULT-VALUE}.")
  int journalEntries = 1_000;

  @Option(
      names = "--virtual-clock",
      description = "Time moves only through POST /__admin/mq/clock/advance.")
  boolean virtualClock;

  @Option(
      names = "--max-clock-skew",
      paramLabel = "DURATION",
      converter = DurationText.class,
      description =
          "Refuse a request whose Date is further than this from the wall clock (408 TimeExpired); "
              + "0 turns the check off. 900s, 15m, PT15M. Default: 15m.")
  Duration maxClockSkew;

  /**
   * Test only: keep every request in memory for good, a leak a soak run must notice
   * (simulations/README.md, Soak).
   */
  @Option(names = "--debug-leak-requests", hidden = true)
  boolean leakRequests;

  @Option(
      names = "--admin-token",
      paramLabel = "TOKEN",
      description =
          "Admin API calls (/__admin/...) must send 'Authorization: Token TOKEN'. Default: the environment "
              + "variable "
              + AdminAccess.TOKEN_ENVIRONMENT_VARIABLE
              + " (preferred: a command line is visible to others).")
  String adminToken;

  @Option(
      names = "--admin-open",
      description =
          "Leave the admin API open without a token on a non-loopback --bind-address (else the simulator "
              + "refuses to start there).")
  boolean adminOpen;

  /** The process environment; tests replace it. */
  UnaryOperator<String> environment = System::getenv;

  public static void main(String[] args) {
    int code = new CommandLine(new SimulatorMain()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() throws Exception {
    SimulatorOptions options;
    try {
      options = options();
    } catch (IOException e) {
      // A --config that is missing or not the expected JSON: a usage error, one line, no stack
      // trace.
      System.err.println(
          "mq-simulator: --config "
              + config
              + ": "
              + (config != null && !Files.exists(config)
                  ? "no such file"
                  : !Files.isReadable(config) ? "cannot be read" : firstLine(e.getMessage())));
      return 2;
    }
    AdminAccess adminAccess = adminAccess();
    MqSimulator simulator;
    try {
      simulator = MqSimulator.start(options, adminAccess);
    } catch (AdminAccessRefused refused) {
      System.err.println("mq-simulator: " + refused.getMessage());
      return 2;
    } catch (RuntimeException e) {
      // Most often the port is taken (BindException): a runtime failure, one line, no stack trace.
      System.err.println(
          "mq-simulator: cannot listen on "
              + options.bindAddress()
              + ":"
              + options.port()
              + ": "
              + rootCause(e));
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "mq-simulator-shutdown"));
    if (leakRequests) {
      PlantedLeak.plantIn(simulator);
      System.out.println("Debug: every request is kept in memory for good (--debug-leak-requests)");
    }
    options
        .credentials()
        .keySet()
        .forEach(
            ak ->
                System.out.println(
                    "Accepting access key id "
                        + ak
                        + (options.credentials().size() == 1
                                && credentials.isEmpty()
                                && config == null
                            ? " (secret " + options.credentials().get(ak) + ")"
                            : "")));
    System.out.println(
        "Threads: "
            + (LongPollThreadPool.virtualThreads()
                ? "virtual"
                : "platform, at most " + containerThreads)
            + "; topics: "
            + (options.engine().strictTopics() ? "strict" : "lenient")
            + "; time scale: "
            + options.engine().timeScale()
            + (options.virtualClock() ? "; virtual clock" : "")
            + "; Date check: "
            + (options.maxClockSkew().isZero()
                ? "off"
                : "within " + options.maxClockSkew().toSeconds() + " s of the wall clock"));
    System.out.println("Admin API: " + adminAccess.describe(options.bindAddress()));
    System.out.println(ListeningLine.of(options.bindAddress(), simulator.port()));
    System.out.flush();
    new CountDownLatch(1).await();
    return 0;
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null
        ? root.getClass().getSimpleName()
        : firstLine(root.getMessage());
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
  }

  /** {@code --admin-token}, else the environment variable; {@code --admin-open}. */
  AdminAccess adminAccess() {
    Optional<String> token =
        Optional.ofNullable(adminToken)
            .or(
                () ->
                    Optional.ofNullable(environment.apply(AdminAccess.TOKEN_ENVIRONMENT_VARIABLE)));
    return new AdminAccess(token, adminOpen);
  }

  SimulatorOptions options() throws Exception {
    SimulatorConfigFile file = config == null ? null : SimulatorConfigFile.read(config);
    Map<String, String> pairs = new LinkedHashMap<>();
    if (file != null && file.credentials() != null) {
      pairs.putAll(file.credentials());
    }
    for (String pair : credentials) {
      int colon = pair.indexOf(':');
      if (colon <= 0 || colon == pair.length() - 1) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "--credentials takes AK:SK, got " + pair);
      }
      pairs.put(pair.substring(0, colon), pair.substring(colon + 1));
    }
    if (pairs.isEmpty()) {
      pairs.put(SimulatorOptions.DEFAULT_ACCESS_KEY_ID, SimulatorOptions.DEFAULT_ACCESS_KEY_SECRET);
    }
    List<TopicRef> declared = new ArrayList<>();
    if (file != null && file.topics() != null) {
      declared.addAll(file.topics());
    }
    for (String t : topics) {
      int slash = t.indexOf('/');
      if (t.isEmpty() || t.endsWith("/") || t.indexOf('/', slash + 1) >= 0) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "--topic takes TOPIC or INSTANCE/TOPIC, got \"" + t + "\"");
      }
      declared.add(
          slash < 0
              ? new TopicRef("", t)
              : new TopicRef(t.substring(0, slash), t.substring(slash + 1)));
    }
    EngineSettings engine =
        EngineSettings.defaults()
            .withStrictTopics(strict || (file != null && Boolean.TRUE.equals(file.strict())));
    Double scale = timeScale != null ? timeScale : file == null ? null : file.timeScale();
    if (scale != null) {
      if (!(scale > 0) || scale.isInfinite()) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "--time-scale must be a number above 0, got " + scale);
      }
      engine = engine.withTimeScale(scale);
    }
    Long max = maxMessages != null ? maxMessages : file == null ? null : file.maxStoredMessages();
    if (max != null) {
      if (max < 1) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "--max-messages must be 1 or more, got " + max);
      }
      engine = engine.withMaxStoredMessages(max);
    }
    Duration kept =
        retention != null
            ? retention
            : file == null || file.retention() == null
                ? null
                : DurationText.parse(file.retention());
    if (kept != null) {
      if (kept.isZero()) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "--retention must be longer than 0");
      }
      engine = engine.withRetention(kept);
    }
    if (containerThreads < 1) {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "--container-threads must be 1 or more, got " + containerThreads);
    }
    SimulatorOptions defaults = SimulatorOptions.defaults();
    return defaults
        .withMaxClockSkew(maxClockSkew == null ? defaults.maxClockSkew() : maxClockSkew)
        .withPort(port)
        .withBindAddress(bindAddress)
        .withCredentials(pairs)
        .withTopics(declared)
        .withEngine(engine)
        .withVirtualClock(virtualClock)
        .withContainerThreads(containerThreads)
        .withJournalEntries(journalEntries);
  }
}
