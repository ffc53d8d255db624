package io.mqharness.simulations.settings;

import io.mqharness.protocol.limits.ProtocolLimits;
import io.mqharness.simulations.scaleout.InjectorShare;
import io.mqharness.simulations.warmup.WarmUp;
import io.mqharness.simulator.targeting.TargetOptions;
import io.mqharness.simulator.targeting.TargetSettings;
import io.mqharness.simulator.targeting.TopicKind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every parameter of a run. {@code target} is where the service is and as whom, from the {@code
 * mq.target.*} settings shared with the conformance suite (root README, "Naming the target");
 * {@code instanceId}, {@code topic} and {@code group} are the target's {@code
 * mq.target.instanceId}, its topic of the simulation's kind and {@code mq.target.group.primary},
 * else the simulation's defaults. Every load parameter is read from a system property ({@code
 * -Dmq.usersPerSec=50}) or else from the environment ({@code MQ_USERS_PER_SEC=50}), else its
 * default. With {@code injectors} of more than one ({@code mq.injectors}), the users/s, users,
 * consumers and request cap held here are this injector's share ({@link InjectorShare}).
 */
public record HarnessSettings(
    TargetSettings target,
    String instanceId,
    String topic,
    String group,
    LoadModel model,
    double usersPerSec,
    Duration ramp,
    int concurrentUsers,
    int consumers,
    Duration duration,
    Duration drain,
    int messageSize,
    int batchSize,
    int waitSeconds,
    double commitRatio,
    double tagShare,
    double transactionalShare,
    int checkImmunitySeconds,
    double timeScale,
    int prefill,
    long maxRequests,
    Duration maxDuration,
    Thresholds thresholds,
    InjectorShare injectors) {

  public enum LoadModel {
    OPEN,
    CLOSED
  }

  /** Gatling assertions a run must meet; {@code minRequestsPerSec} 0 means no floor. */
  public record Thresholds(int p99Millis, double maxErrorPercent, double minRequestsPerSec) {}

  /** The {@code ns} sent when {@code mq.target.instanceId} is not given. */
  public static final String DEFAULT_INSTANCE_ID = "MQ_INST_harness";

  /**
   * The settings from system properties and the process environment. {@code topicKind}: which
   * configured topic the simulation uses ({@code mq.target.topic.normal} or {@code
   * .transactional}); {@code defaultTopic} and {@code defaultGroup} apply when it or {@code
   * mq.target.group.primary} is not given.
   *
   * @throws IllegalArgumentException when a value is not a number where one is expected, or out of
   *     its range
   */
  public static HarnessSettings fromEnvironment(
      TopicKind topicKind, String defaultTopic, String defaultGroup) {
    return from(System::getProperty, System::getenv, topicKind, defaultTopic, defaultGroup);
  }

  /**
   * As {@link #fromEnvironment}, with {@code properties} giving a property's value by its name and
   * {@code environment} a variable's value by its name (null when not set); a property wins.
   */
  public static HarnessSettings from(
      Function<String, String> properties,
      Function<String, String> environment,
      TopicKind topicKind,
      String defaultTopic,
      String defaultGroup) {
    TargetSettings target = TargetSettings.read(TargetOptions.of(properties, environment));
    Reader r =
        new Reader(
            key ->
                Optional.ofNullable(properties.apply(key))
                    .or(
                        () ->
                            Optional.ofNullable(
                                environment.apply(TargetOptions.environmentName(key)))));
    Duration duration = Duration.ofSeconds(r.integer("mq.durationSeconds", 10));
    Duration drain = Duration.ofSeconds(r.integer("mq.drainSeconds", 5));
    InjectorShare share =
        new InjectorShare(r.integer("mq.injectors", 1), r.integer("mq.injectorIndex", 0));
    LoadModel model = LoadModel.valueOf(r.text("mq.model", "open").toUpperCase(Locale.ROOT));
    int users = r.integer("mq.users", 8);
    HarnessSettings settings =
        new HarnessSettings(
            target,
            target.instanceId().orElse(DEFAULT_INSTANCE_ID),
            target.topic(topicKind).orElse(defaultTopic),
            target.primaryGroup().orElse(defaultGroup),
            model,
            share.rate(r.decimal("mq.usersPerSec", 50)),
            Duration.ofSeconds(r.integer("mq.rampSeconds", 2)),
            model == LoadModel.CLOSED ? share.users("mq.users", users) : users,
            share.users("mq.consumers", r.integer("mq.consumers", 4)),
            duration,
            drain,
            r.integer("mq.messageSize", 100),
            r.integer("mq.batchSize", ProtocolLimits.MAX_NUM_OF_MESSAGES),
            r.integer("mq.waitSeconds", 1),
            r.decimal("mq.commitRatio", 0.5),
            r.decimal("mq.tagShare", 0.3),
            r.decimal("mq.transactionalShare", 0.2),
            r.integer("mq.checkImmunitySeconds", 10),
            r.decimal("mq.timeScale", 5),
            r.integer("mq.prefill", 2_000),
            share.requests(r.integer("mq.maxRequests", 200_000)),
            Duration.ofSeconds(
                r.integer(
                    "mq.maxDurationSeconds",
                    (int)
                        (duration.plus(drain).toSeconds()
                            + Math.max(0, r.integer("mq.warmUpSeconds", WarmUp.DEFAULT_SECONDS))
                            + 60))),
            new Thresholds(
                r.integer("mq.assert.p99Ms", 1_000),
                r.decimal("mq.assert.maxErrorPercent", 1.0),
                r.decimal("mq.assert.minRps", 0)),
            share);
    settings.validate();
    return settings;
  }

  /** True when no {@code mq.target.url} is given: the run starts a simulator of its own. */
  public boolean embedded() {
    return target.embedded();
  }

  /** What a run states before it starts and records in its summary. */
  public Map<String, String> describe() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(
        "target",
        embedded()
            ? "embedded simulator (time scale " + timeScale + ")"
            : target.url().orElseThrow());
    out.put(
        "accessKeyId",
        target.accessKeyId()
            + (target.securityToken().isPresent() ? " (with a security token)" : ""));
    out.put("instanceId", instanceId);
    out.put("topic", topic);
    out.put("group", group);
    out.put(
        "model",
        model == LoadModel.OPEN
            ? "open, " + usersPerSec + " users/s after a " + ramp.toSeconds() + " s ramp"
            : "closed, " + concurrentUsers + " concurrent users");
    out.put("consumers", String.valueOf(consumers));
    out.put("duration", duration.toSeconds() + " s (+ " + drain.toSeconds() + " s drain)");
    out.put("messageSize", messageSize + " B");
    out.put("batchSize", String.valueOf(batchSize));
    out.put("waitSeconds", String.valueOf(waitSeconds));
    out.put("commitRatio", String.valueOf(commitRatio));
    out.put("caps", maxRequests + " requests, " + maxDuration.toSeconds() + " s");
    if (injectors.partial()) {
      out.put(
          "injectors",
          injectors.describe()
              + ": users/s, users, consumers and caps above are its share;"
              + " ./harness merge judges the whole run");
    }
    out.put(
        "thresholds",
        "p99 < "
            + thresholds.p99Millis()
            + " ms, errors <= "
            + thresholds.maxErrorPercent()
            + " %, throughput >= "
            + thresholds.minRequestsPerSec()
            + " req/s");
    return out;
  }

  private void validate() {
    require(messageSize > 0, "mq.messageSize must be positive");
    require(
        batchSize >= ProtocolLimits.MIN_NUM_OF_MESSAGES
            && batchSize <= ProtocolLimits.MAX_NUM_OF_MESSAGES,
        "mq.batchSize must be "
            + ProtocolLimits.MIN_NUM_OF_MESSAGES
            + ".."
            + ProtocolLimits.MAX_NUM_OF_MESSAGES
            + " (SPEC §2.2)");
    require(
        waitSeconds >= ProtocolLimits.MIN_WAIT_SECONDS
            && waitSeconds <= ProtocolLimits.MAX_WAIT_SECONDS,
        "mq.waitSeconds must be "
            + ProtocolLimits.MIN_WAIT_SECONDS
            + ".."
            + ProtocolLimits.MAX_WAIT_SECONDS
            + " (SPEC §2.2)");
    require(commitRatio >= 0 && commitRatio <= 1, "mq.commitRatio must be within 0..1");
    require(
        tagShare >= 0 && transactionalShare >= 0 && tagShare + transactionalShare <= 1,
        "mq.tagShare + mq.transactionalShare must be within 0..1");
    require(
        usersPerSec > 0 && concurrentUsers > 0 && consumers > 0,
        "mq.usersPerSec, mq.users and mq.consumers must be positive");
    require(!duration.isNegative() && !duration.isZero(), "mq.durationSeconds must be positive");
    require(maxRequests > 0, "mq.maxRequests must be positive");
    require(timeScale > 0, "mq.timeScale must be positive");
    require(
        !injectors.partial() || !embedded(),
        "mq.injectors > 1 needs mq.target.url: the injectors load one service together, not a simulator each");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  private record Reader(Function<String, Optional<String>> source) {
    String text(String key, String fallback) {
      return source.apply(key).map(String::trim).orElse(fallback);
    }

    int integer(String key, int fallback) {
      return parse(key, fallback, Integer::parseInt);
    }

    double decimal(String key, double fallback) {
      return parse(key, fallback, Double::parseDouble);
    }

    private <T> T parse(String key, T fallback, Function<String, T> parser) {
      Optional<String> value = source.apply(key).map(String::trim).filter(v -> !v.isEmpty());
      try {
        return value.map(parser).orElse(fallback);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(key + " is not a number: " + value.get());
      }
    }
  }
}
