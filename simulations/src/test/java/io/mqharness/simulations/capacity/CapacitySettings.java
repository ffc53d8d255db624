package io.mqharness.simulations.capacity;

import io.mqharness.simulations.settings.Parameters;
import java.time.Duration;
import java.util.Optional;

/**
 * The parameters of a capacity search: which {@code variant}, the steps ({@code
 * mq.capacity.startRate}, {@code .stepRate} or {@code .stepFactor}, {@code .stepSeconds}, {@code
 * .maxRate}) and the {@code objective} ({@code mq.slo.p99Ms}, {@code .maxErrorPercent}, {@code
 * .minAchievedRatio}, {@code .maxLagMessages}), read as every load parameter is: system property,
 * else environment variable ({@code MQ_CAPACITY_START_RATE}), else the default. {@code maxDuration}
 * is {@code mq.maxDurationSeconds} when given.
 */
public record CapacitySettings(
    Variant variant, StepPlan plan, Objective objective, Optional<Duration> maxDuration) {
  public static final double DEFAULT_START_RATE = 100;
  public static final double DEFAULT_STEP_FACTOR = 2;
  public static final int DEFAULT_STEP_SECONDS = 5;
  public static final double DEFAULT_MAX_RATE = 3200;

  /**
   * @throws IllegalArgumentException when a value is not a number, out of its range, or both a step
   *     size and a step factor are given
   */
  public static CapacitySettings from(Parameters p) {
    if (p.given("mq.capacity.stepRate") && p.given("mq.capacity.stepFactor")) {
      throw new IllegalArgumentException(
          "give mq.capacity.stepRate or mq.capacity.stepFactor, not both");
    }
    Variant variant = Variant.parse(p.text("mq.capacity.variant", Variant.PUBLISH.word()));
    StepPlan plan =
        StepPlan.of(
            p.decimal("mq.capacity.startRate", DEFAULT_START_RATE),
            p.decimal("mq.capacity.stepRate", 0),
            p.decimal("mq.capacity.stepFactor", DEFAULT_STEP_FACTOR),
            p.decimal("mq.capacity.maxRate", DEFAULT_MAX_RATE),
            Duration.ofSeconds(p.integer("mq.capacity.stepSeconds", DEFAULT_STEP_SECONDS)));
    Objective objective =
        new Objective(
            p.integer("mq.slo.p99Ms", 500),
            p.decimal("mq.slo.maxErrorPercent", 1.0),
            p.decimal("mq.slo.minAchievedRatio", 0.95),
            variant == Variant.END_TO_END
                ? Integer.valueOf(p.integer("mq.slo.maxLagMessages", 1000))
                : null);
    Optional<Duration> maxDuration =
        p.given("mq.maxDurationSeconds")
            ? Optional.of(Duration.ofSeconds(p.integer("mq.maxDurationSeconds", 0)))
            : Optional.empty();
    return new CapacitySettings(variant, plan, objective, maxDuration);
  }

  /**
   * How long the search waits after a step's end before judging it: the p99 objective plus 250 ms,
   * so that a publish still unanswered then is late by the objective's own measure.
   */
  public Duration judgeDelay() {
    return Duration.ofMillis(objective.p99Ms() + 250L);
  }
}
