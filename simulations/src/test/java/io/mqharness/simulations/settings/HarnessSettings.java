package io.mqharness.simulations.settings;

import io.mqharness.mock.SimulatorOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every parameter of a run. Each is read from a system property ({@code -Dmq.usersPerSec=50}) or else from the
 * environment ({@code MQ_USERS_PER_SEC=50}), else its default. {@code targetUrl} empty: the embedded simulator.
 */
public record HarnessSettings(
    String targetUrl,
    String accessKeyId,
    String accessKeySecret,
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
    Thresholds thresholds) {

  public enum LoadModel { OPEN, CLOSED }

  /** Gatling assertions a run must meet; {@code minRequestsPerSec} 0 means no floor. */
  public record Thresholds(int p99Millis, double maxErrorPercent, double minRequestsPerSec) {}

  public static HarnessSettings fromEnvironment(String defaultTopic, String defaultGroup) {
    return from(System::getProperty, System::getenv, defaultTopic, defaultGroup);
  }

  /** {@code properties} by property name, {@code environment} by variable name; a property wins. */
  static HarnessSettings from(Function<String, String> properties, Function<String, String> environment,
      String defaultTopic, String defaultGroup) {
    Reader r = new Reader(key -> Optional.ofNullable(properties.apply(key))
        .or(() -> Optional.ofNullable(environment.apply(environmentName(key)))));
    Duration duration = Duration.ofSeconds(r.integer("mq.durationSeconds", 10));
    Duration drain = Duration.ofSeconds(r.integer("mq.drainSeconds", 5));
    HarnessSettings settings = new HarnessSettings(
        r.text("mq.target.url", ""),
        r.text("mq.accessKeyId", SimulatorOptions.DEFAULT_ACCESS_KEY_ID),
        r.text("mq.accessKeySecret", SimulatorOptions.DEFAULT_ACCESS_KEY_SECRET),
        r.text("mq.instanceId", "MQ_INST_harness"),
        r.text("mq.topic", defaultTopic),
        r.text("mq.group", defaultGroup),
        LoadModel.valueOf(r.text("mq.model", "open").toUpperCase(Locale.ROOT)),
        r.decimal("mq.usersPerSec", 50),
        Duration.ofSeconds(r.integer("mq.rampSeconds", 2)),
        r.integer("mq.users", 8),
        r.integer("mq.consumers", 4),
        duration,
        drain,
        r.integer("mq.messageSize", 100),
        r.integer("mq.batchSize", 16),
        r.integer("mq.waitSeconds", 1),
        r.decimal("mq.commitRatio", 0.5),
        r.decimal("mq.tagShare", 0.3),
        r.decimal("mq.transactionalShare", 0.2),
        r.integer("mq.checkImmunitySeconds", 10),
        r.decimal("mq.timeScale", 20),
        r.integer("mq.prefill", 2_000),
        r.integer("mq.maxRequests", 200_000),
        Duration.ofSeconds(r.integer("mq.maxDurationSeconds", (int) (duration.plus(drain).toSeconds() + 60))),
        new Thresholds(r.integer("mq.assert.p99Ms", 1_000), r.decimal("mq.assert.maxErrorPercent", 1.0),
            r.decimal("mq.assert.minRps", 0)));
    settings.validate();
    return settings;
  }

  public boolean embedded() {
    return targetUrl.isBlank();
  }

  /** {@code mq.accessKeyId} → {@code MQ_ACCESS_KEY_ID}, {@code mq.assert.p99Ms} → {@code MQ_ASSERT_P99_MS}. */
  static String environmentName(String key) {
    return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /** What a run states before it starts and records in its summary. */
  public Map<String, String> describe() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("target", embedded() ? "embedded simulator (time scale " + timeScale + ")" : targetUrl);
    out.put("instanceId", instanceId);
    out.put("topic", topic);
    out.put("group", group);
    out.put("model", model == LoadModel.OPEN
        ? "open, " + usersPerSec + " users/s after a " + ramp.toSeconds() + " s ramp"
        : "closed, " + concurrentUsers + " concurrent users");
    out.put("consumers", String.valueOf(consumers));
    out.put("duration", duration.toSeconds() + " s (+ " + drain.toSeconds() + " s drain)");
    out.put("messageSize", messageSize + " B");
    out.put("batchSize", String.valueOf(batchSize));
    out.put("waitSeconds", String.valueOf(waitSeconds));
    out.put("commitRatio", String.valueOf(commitRatio));
    out.put("caps", maxRequests + " requests, " + maxDuration.toSeconds() + " s");
    out.put("thresholds", "p99 < " + thresholds.p99Millis() + " ms, errors <= " + thresholds.maxErrorPercent()
        + " %, throughput >= " + thresholds.minRequestsPerSec() + " req/s");
    return out;
  }

  private void validate() {
    require(messageSize > 0, "mq.messageSize must be positive");
    require(batchSize >= 1 && batchSize <= 16, "mq.batchSize must be 1..16 (SPEC §2.2)");
    require(waitSeconds >= 0 && waitSeconds <= 30, "mq.waitSeconds must be 0..30 (SPEC §2.2)");
    require(commitRatio >= 0 && commitRatio <= 1, "mq.commitRatio must be within 0..1");
    require(tagShare >= 0 && transactionalShare >= 0 && tagShare + transactionalShare <= 1,
        "mq.tagShare + mq.transactionalShare must be within 0..1");
    require(usersPerSec > 0 && concurrentUsers > 0 && consumers > 0, "mq.usersPerSec, mq.users and mq.consumers must be positive");
    require(!duration.isNegative() && !duration.isZero(), "mq.durationSeconds must be positive");
    require(maxRequests > 0, "mq.maxRequests must be positive");
    require(timeScale > 0, "mq.timeScale must be positive");
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
