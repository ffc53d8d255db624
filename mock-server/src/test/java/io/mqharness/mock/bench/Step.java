package io.mqharness.mock.bench;

import java.io.IOException;

/** One unit of a worker's loop: sends one or more requests and returns how many messages they carried. */
@FunctionalInterface
interface Step {
  /** Returned when there is nothing left to do (e.g. the topic is drained); the worker stops. */
  int EXHAUSTED = -1;

  int run(HttpConnection connection, SignedRequests requests) throws IOException;
}
