package io.mqharness.mock.bench;

import java.util.List;

/** Everything one bench run measured, plus what it ran on; a phase that did not run is empty or null. */
record BenchFigures(
    String simulatorJdk, boolean virtualThreads, int cores, BenchConfig config, List<LoadResult> stubRounds,
    List<LoadResult> publishRounds, List<LoadResult> journalRounds, List<LoadResult> consumeRounds,
    LongPollResult longPoll, WaitingCrowdResult crowd, MemoryResult memory) {

  double stubRequestsPerSecond() {
    return median(stubRounds.stream().mapToDouble(LoadResult::requestsPerSecond).toArray());
  }

  double publishMessagesPerSecond() {
    return median(publishRounds.stream().mapToDouble(LoadResult::messagesPerSecond).toArray());
  }

  double consumeAckMessagesPerSecond() {
    return median(consumeRounds.stream().mapToDouble(LoadResult::messagesPerSecond).toArray());
  }

  double journalPublishMessagesPerSecond() {
    return median(journalRounds.stream().mapToDouble(LoadResult::messagesPerSecond).toArray());
  }

  /** Publish with the jar's default journal / publish with the journal off, medians of the measured rounds. */
  double journalRatio() {
    return journalPublishMessagesPerSecond() / publishMessagesPerSecond();
  }

  double publishRatio() {
    return publishMessagesPerSecond() / stubRequestsPerSecond();
  }

  double consumeAckRatio() {
    return consumeAckMessagesPerSecond() / stubRequestsPerSecond();
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
