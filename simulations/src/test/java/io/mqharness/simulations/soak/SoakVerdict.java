package io.mqharness.simulations.soak;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges a soak's samples: the judged part is the last {@code judgedShare} of the load (the second
 * half by default: the first holds the JVMs' warming, pools filling and caches growing to their
 * size; the drain after the load, when the simulator empties, is left out too); the heap after
 * collection, live threads and open connections each get a {@link Trend}. The heap's allowance is
 * {@code heapGrowthPercent} % of the heap's limit.
 */
public final class SoakVerdict {
  private final SoakSettings settings;

  public SoakVerdict(SoakSettings settings) {
    this.settings = settings;
  }

  /**
   * The figures of a soak whose samples are {@code samples} (in time order, seconds from the start
   * of the load), the load lasting {@code loadSeconds}.
   */
  public SoakFigures judge(List<SoakSample> samples, double loadSeconds) {
    double end =
        Math.min(loadSeconds, samples.isEmpty() ? 0 : samples.get(samples.size() - 1).tSeconds());
    double judgedFrom = Math.round(end * (1 - settings.judgedShare()) * 10) / 10.0;
    List<SoakSample> judged =
        samples.stream().filter(s -> s.tSeconds() >= judgedFrom && s.tSeconds() <= end).toList();
    long heapMax =
        samples.stream().mapToLong(SoakSample::heapMaxBytes).filter(max -> max > 0).max().orElse(0);
    double heapAllowance =
        heapMax > 0 ? heapMax * settings.heapGrowthPercent() / 100 : 16.0 * (1 << 20);
    TrendJudge judge = settings.judge();
    List<Trend> trends = new ArrayList<>();
    trends.add(
        judge.judge("heap", "bytes", judged, SoakSample::heapUsedAfterGcBytes, heapAllowance));
    trends.add(
        judge.judge(
            "threads", "threads", judged, SoakSample::liveThreads, settings.maxThreadGrowth()));
    if (judged.stream().allMatch(s -> s.openConnections() >= 0)) {
      trends.add(
          judge.judge(
              "connections",
              "connections",
              judged,
              SoakSample::openConnections,
              settings.maxConnectionGrowth()));
    }
    boolean passed = trends.stream().noneMatch(Trend::grows);
    return new SoakFigures(
        settings.sampleInterval().toMillis() / 1000.0,
        settings.explicitGc(),
        judgedFrom,
        end,
        samples,
        trends,
        passed);
  }
}
