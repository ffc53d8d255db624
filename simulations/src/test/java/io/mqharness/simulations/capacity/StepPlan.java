package io.mqharness.simulations.capacity;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;

import io.gatling.javaapi.core.OpenInjectionStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The arrival rates of a capacity search, in publishes/s, each held for {@code stepDuration}: from
 * the start rate up, by a step size or a step factor, to the maximum rate, which is always the last
 * step.
 */
public record StepPlan(List<Double> rates, Duration stepDuration) {
  /** At most this many steps: a plan is meant to be read line by line. */
  public static final int MAX_STEPS = 100;

  public StepPlan {
    rates = List.copyOf(rates);
    if (rates.isEmpty() || rates.size() > MAX_STEPS) {
      throw new IllegalArgumentException(
          "a capacity search has 1 to "
              + MAX_STEPS
              + " steps, not "
              + rates.size()
              + ": raise mq.capacity.stepRate or mq.capacity.stepFactor, or lower mq.capacity.maxRate");
    }
  }

  /**
   * {@code startRate}, then each step {@code stepRate} more (when it is above 0) or else {@code
   * stepFactor} times more, while below {@code maxRate}; then {@code maxRate} itself.
   *
   * @throws IllegalArgumentException when the rates do not rise or there would be over {@link
   *     #MAX_STEPS} steps
   */
  public static StepPlan of(
      double startRate, double stepRate, double stepFactor, double maxRate, Duration stepDuration) {
    if (!(startRate > 0) || maxRate < startRate) {
      throw new IllegalArgumentException(
          "mq.capacity.startRate must be positive and at most mq.capacity.maxRate: "
              + startRate
              + " > "
              + maxRate);
    }
    if (stepRate <= 0 && !(stepFactor > 1)) {
      throw new IllegalArgumentException(
          "mq.capacity.stepFactor must be above 1 (or give mq.capacity.stepRate): " + stepFactor);
    }
    if (stepDuration.toMillis() < 1000) {
      throw new IllegalArgumentException(
          "mq.capacity.stepSeconds must be at least 1: " + stepDuration.toSeconds());
    }
    List<Double> rates = new ArrayList<>();
    double rate = startRate;
    while (rate < maxRate * (1 - 1e-9) && rates.size() <= MAX_STEPS) {
      rates.add(Numbers.round1(rate));
      rate = stepRate > 0 ? rate + stepRate : rate * stepFactor;
    }
    rates.add(maxRate);
    return new StepPlan(rates, stepDuration);
  }

  public int size() {
    return rates.size();
  }

  /** The rate of step {@code index} (from 0). */
  public double rate(int index) {
    return rates.get(index);
  }

  /** The rate of step {@code index} (from 0) in words, e.g. {@code 100/s}. */
  public String describeRate(int index) {
    return Numbers.rate(rate(index)) + "/s";
  }

  public long stepMillis() {
    return stepDuration.toMillis();
  }

  public Duration total() {
    return stepDuration.multipliedBy(rates.size());
  }

  /** Publishes the plan offers if every step runs. */
  public long plannedPublishes() {
    return Math.round(rates.stream().mapToDouble(r -> r * stepDuration.toMillis() / 1000.0).sum());
  }

  /**
   * Publishes steps 0 to {@code index} (included) offer, as Gatling injects them: each step's rate
   * x its seconds.
   */
  public long plannedPublishesThrough(int index) {
    return Math.round(
        rates.subList(0, index + 1).stream()
            .mapToDouble(r -> r * stepDuration.toMillis() / 1000.0)
            .sum());
  }

  /** Gatling's open-model injection: one constant arrival rate per step, back to back. */
  public List<OpenInjectionStep> injection() {
    return rates.stream()
        .map(rate -> (OpenInjectionStep) constantUsersPerSec(rate).during(stepDuration))
        .toList();
  }

  /** e.g. {@code 100, 200, 400, 800 publishes/s, 5 s each}. */
  public String describe() {
    return rates.stream().map(Numbers::rate).collect(Collectors.joining(", "))
        + " publishes/s, "
        + stepDuration.toSeconds()
        + " s each";
  }
}
