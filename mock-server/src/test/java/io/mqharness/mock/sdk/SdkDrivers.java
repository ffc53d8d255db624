package io.mqharness.mock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.mock.testkit.StandaloneSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where the SDK driver scripts live, and how a test runs one against the standalone simulator. */
final class SdkDrivers {
  static final String ACCESS_KEY = "SdkItAccessKey";
  static final String SECRET_KEY = "SdkItSecretKey";
  static final String INSTANCE_ID = "MQ_INST_SIM";
  static final String GROUP_ID = "GID_T";
  /** The drivers' own bound on the flow (they fail with timedOut=true past it). */
  static final int FLOW_DEADLINE_SECONDS = 40;
  /** The test's bound on a driver process: the flow's plus start-up and a last long poll; killed past it. */
  static final Duration PROCESS_LIMIT = Duration.ofSeconds(FLOW_DEADLINE_SECONDS + 20);

  private SdkDrivers() {}

  /** The standalone jar with {@code --time-scale 10} and the drivers' key pair, listening. */
  static StandaloneSimulator startSimulator() {
    return StandaloneSimulator.launch()
        .options("--time-scale", "10", "--credentials", ACCESS_KEY + ":" + SECRET_KEY)
        .start();
  }

  /** {@code mock-server/src/test}: the drivers are in {@code node/} and {@code python/} under it. */
  static Path testSourceDir() {
    return Path.of(System.getProperty("mq.sdk.drivers.dir", "src/test")).toAbsolutePath().normalize();
  }

  /** The settings every driver reads from its environment. */
  static Map<String, String> env(StandaloneSimulator simulator, String topic) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("MQ_ENDPOINT", simulator.baseUrl());
    env.put("MQ_ACCESS_KEY", ACCESS_KEY);
    env.put("MQ_SECRET_KEY", SECRET_KEY);
    env.put("MQ_INSTANCE_ID", INSTANCE_ID);
    env.put("MQ_TOPIC", topic);
    env.put("MQ_GROUP", GROUP_ID);
    env.put("MQ_DEADLINE_SECONDS", String.valueOf(FLOW_DEADLINE_SECONDS));
    return env;
  }

  /** Runs a driver and checks its JSON line against the reference flow; stdout and stderr are in every failure. */
  static SampleOutcome runAndCheck(StandaloneSimulator simulator, List<String> command, Path workDir,
      Map<String, String> env) throws Exception {
    assertThat(Files.isDirectory(workDir)).as("driver folder %s", workDir).isTrue();
    DriverProcess.Result run = DriverProcess.run(command, workDir, env, PROCESS_LIMIT);
    String context = run.describe() + "\n--- simulator (last lines) ---\n" + simulator.recentOutput(300);
    if (run.timedOut() || run.exitCode() != 0) {
      System.err.println(context); // also in the report when an assertion below does not name it
    }
    assertThat(run.timedOut()).as("driver killed after %s s\n%s", PROCESS_LIMIT.toSeconds(), context).isFalse();
    assertThat(run.jsonLine()).as("the driver's JSON line\n%s", context).isNotNull();
    SampleOutcome outcome = SampleOutcome.parse(run.jsonLine());
    outcome.assertReferenceFlow(context);
    assertThat(run.exitCode()).as("driver exit code\n%s", context).isZero();
    System.out.printf("[sdk-it] %s: passed in %d ms (flow %d ms): %s%n",
        outcome.sdk(), run.elapsed().toMillis(), outcome.elapsedMs(), run.jsonLine());
    return outcome;
  }
}
