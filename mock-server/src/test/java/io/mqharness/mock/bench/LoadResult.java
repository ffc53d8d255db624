package io.mqharness.mock.bench;

/** What a load run did: messages carried, requests answered, failed steps, wall time, the first failure. */
record LoadResult(long messages, long requests, long errors, long nanos, String firstError) {
  double messagesPerSecond() {
    return messages * 1e9 / nanos;
  }

  double requestsPerSecond() {
    return requests * 1e9 / nanos;
  }

  double seconds() {
    return nanos / 1e9;
  }
}
