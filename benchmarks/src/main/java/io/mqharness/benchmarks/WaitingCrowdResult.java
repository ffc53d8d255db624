package io.mqharness.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * The waiting-crowd phase: how many consumers were asked to wait and how many the simulator counted
 * waiting at once, how long opening them took, the latencies of the publishes made while they
 * waited, how many polls were answered within their wait plus {@code onTime} (and of those, how
 * many MessageNotExist), how many late, how many never answered or failed, the largest overrun of a
 * poll past its wait, how many still waited at the end, and the CPU seconds the simulator used over
 * the phase's wall-clock seconds (on a shared machine, what it had to work with).
 */
record WaitingCrowdResult(
    int consumers,
    int seenWaiting,
    double openSeconds,
    Duration waitTime,
    Duration onTime,
    Latencies publishes,
    int answeredOnTime,
    int messageNotExist,
    int late,
    int unanswered,
    double maxOverrunMillis,
    int stillWaiting,
    double simulatorCpuSeconds,
    double phaseSeconds) {

  /**
   * The same result with the CPU the simulator used during the phase, and the phase's wall time, in
   * seconds.
   */
  WaitingCrowdResult withSimulatorCpu(double cpuSeconds, double wallSeconds) {
    return new WaitingCrowdResult(
        consumers,
        seenWaiting,
        openSeconds,
        waitTime,
        onTime,
        publishes,
        answeredOnTime,
        messageNotExist,
        late,
        unanswered,
        maxOverrunMillis,
        stillWaiting,
        cpuSeconds,
        wallSeconds);
  }

  static WaitingCrowdResult of(
      int consumers,
      int seenWaiting,
      double openSeconds,
      Duration wait,
      Duration onTime,
      Latencies publishes,
      List<WaitingCrowd.Outcome> outcomes,
      int stillWaiting) {
    int onTimeCount = 0;
    int notExist = 0;
    int late = 0;
    int unanswered = 0;
    double maxOverrun = Double.NEGATIVE_INFINITY;
    for (WaitingCrowd.Outcome o : outcomes) {
      if (o.answeredNanos() == 0 || o.sentNanos() == 0) {
        unanswered++;
        continue;
      }
      double overrun = (o.answeredNanos() - o.sentNanos() - wait.toNanos()) / 1e6;
      maxOverrun = Math.max(maxOverrun, overrun);
      if (overrun <= onTime.toMillis()) {
        onTimeCount++;
        if (o.status() == 404) {
          notExist++;
        }
      } else {
        late++;
      }
    }
    return new WaitingCrowdResult(
        consumers,
        seenWaiting,
        openSeconds,
        wait,
        onTime,
        publishes,
        onTimeCount,
        notExist,
        late,
        unanswered + Math.max(0, consumers - outcomes.size()),
        maxOverrun,
        stillWaiting,
        Double.NaN,
        Double.NaN);
  }

  boolean met(double publishP99TargetMillis) {
    return seenWaiting == consumers
        && answeredOnTime == consumers
        && publishes.percentile(99) < publishP99TargetMillis;
  }
}
