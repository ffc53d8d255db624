package io.mqharness.simulations.soak;

import io.mqharness.simulations.settings.Parameters;
import java.time.Duration;

/**
 * A soak's sampling and its verdict's thresholds, {@code mq.soak.*} (system property or {@code
 * MQ_SOAK_*}): {@code sampleSeconds} between samples (5); {@code explicitGc}: each sample runs a
 * {@code System.gc()} in the simulator first (true); {@code heapGrowthPercent}: the heap's
 * allowance over the judged window, in % of its limit (1.0); {@code maxThreadGrowth}, {@code
 * maxConnectionGrowth}: the allowances of threads and connections (20 each); {@code minTStatistic}
 * (4) and {@code minSamples} (6) of {@link TrendJudge}; {@code judgedShare}: the last share of the
 * run judged (0.5, the second half).
 *
 * @throws IllegalArgumentException when a value is out of its range
 */
public record SoakSettings(
    Duration sampleInterval,
    boolean explicitGc,
    double heapGrowthPercent,
    double maxThreadGrowth,
    double maxConnectionGrowth,
    double minTStatistic,
    int minSamples,
    double judgedShare) {

  public SoakSettings {
    if (sampleInterval.toMillis() < 500) {
      throw new IllegalArgumentException("mq.soak.sampleSeconds must be at least 0.5");
    }
    if (heapGrowthPercent <= 0
        || maxThreadGrowth <= 0
        || maxConnectionGrowth <= 0
        || minTStatistic <= 0) {
      throw new IllegalArgumentException("mq.soak.* allowances and minTStatistic must be positive");
    }
    if (judgedShare <= 0 || judgedShare > 1) {
      throw new IllegalArgumentException("mq.soak.judgedShare must be within (0, 1]");
    }
  }

  public static SoakSettings from(Parameters p) {
    return new SoakSettings(
        Duration.ofMillis(Math.round(p.decimal("mq.soak.sampleSeconds", 5) * 1000)),
        Boolean.parseBoolean(p.text("mq.soak.explicitGc", "true")),
        p.decimal("mq.soak.heapGrowthPercent", 1.0),
        p.decimal("mq.soak.maxThreadGrowth", 20),
        p.decimal("mq.soak.maxConnectionGrowth", 20),
        p.decimal("mq.soak.minTStatistic", 4),
        p.integer("mq.soak.minSamples", 6),
        p.decimal("mq.soak.judgedShare", 0.5));
  }

  public TrendJudge judge() {
    return new TrendJudge(minTStatistic, minSamples);
  }
}
