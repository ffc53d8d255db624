package io.mqharness.benchmarks;

import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulator.testkit.SimulatorAdminClient;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Thousands of consumers long-poll one group of a topic nobody publishes to ({@code waitseconds} =
 * the crowd's wait, {@code numOfMessages=1}), each on its own connection, opened {@value
 * #OPEN_BATCH} at a time. While they wait, {@value #PUBLISHERS} workers publish to another topic,
 * one request every {@value #PAUSE_MILLIS} ms each, and every publish's latency is recorded. Then
 * every poll must be answered (MessageNotExist) within its wait plus one second. The phase ends by
 * itself: polls not answered by then are counted as late, and their connections closed.
 */
final class WaitingCrowdProbe {
  static final String TOPIC = "BENCH_CROWD";
  static final String PUBLISH_TOPIC = "BENCH_CROWD_PUBLISH";
  private static final String GROUP = "GID_BENCH_CROWD";
  private static final int OPEN_BATCH = 500;
  private static final int PUBLISHERS = 4;
  private static final int PAUSE_MILLIS = 2;
  private static final Duration ON_TIME = Duration.ofSeconds(1);

  private final URI base;
  private final Credentials credentials;
  private final SimulatorAdminClient admin;

  WaitingCrowdProbe(URI base, Credentials credentials) {
    this.base = base;
    this.credentials = credentials;
    this.admin = new SimulatorAdminClient(base.toString());
  }

  WaitingCrowdResult run(int consumers, Duration wait) throws Exception {
    byte[] consume =
        new SignedRequests(base, credentials)
            .head(
                "GET",
                "/topics/"
                    + TOPIC
                    + "/messages?consumer="
                    + GROUP
                    + "&numOfMessages=1&waitseconds="
                    + wait.toSeconds(),
                -1);
    try (WaitingCrowd crowd = new WaitingCrowd(base, consume)) {
      long start = System.nanoTime();
      long openDeadline = start + wait.toNanos();
      for (int opened = 0; opened < consumers && System.nanoTime() < openDeadline; ) {
        int batch = Math.min(OPEN_BATCH, consumers - opened);
        crowd.open(batch);
        opened += batch;
        while (crowd.sent() + crowd.failedBeforeSending() < opened
            && System.nanoTime() < openDeadline) {
          Thread.sleep(5);
        }
      }
      int seenWaiting = awaitWaiting(consumers, openDeadline);
      double openSeconds = (System.nanoTime() - start) / 1e9;
      long allOpen = System.nanoTime();
      Duration publishing =
          Duration.ofNanos(
              Math.max(
                  Duration.ofSeconds(1).toNanos(),
                  start + wait.toNanos() - allOpen - Duration.ofSeconds(1).toNanos()));
      Latencies publishes = publishWhileTheyWait(publishing);
      long deadline = allOpen + wait.plus(ON_TIME).plusSeconds(5).toNanos();
      while (crowd.ended() < crowd.opened() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      crowd.close();
      return WaitingCrowdResult.of(
          consumers,
          seenWaiting,
          openSeconds,
          wait,
          ON_TIME,
          publishes,
          crowd.outcomes(),
          waitingConsumers());
    }
  }

  /**
   * Polls the admin counters until {@code expected} wait or the deadline; a simulator too busy to
   * answer counts as -1.
   */
  private int awaitWaiting(int expected, long deadlineNanos) throws InterruptedException {
    int waiting = waitingConsumers();
    while (waiting < expected && System.nanoTime() < deadlineNanos) {
      Thread.sleep(20);
      waiting = Math.max(waiting, waitingConsumers());
    }
    return waiting;
  }

  private int waitingConsumers() {
    try {
      return admin.counters().engine().waitingConsumers();
    } catch (IllegalStateException e) {
      return -1;
    }
  }

  /**
   * {@value #PUBLISHERS} workers, each publishing every {@value #PAUSE_MILLIS} ms for {@code time};
   * run before the crowd opens, this is the phase's baseline, measured in the same run.
   */
  Latencies publishWhileTheyWait(Duration time) throws InterruptedException {
    ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
    long end = System.nanoTime() + time.toNanos();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < PUBLISHERS; i++) {
      Thread worker =
          new Thread(
              () -> {
                try (Publisher publisher =
                    new Publisher(
                        new HttpConnection(base),
                        new SignedRequests(base, credentials),
                        PUBLISH_TOPIC)) {
                  for (int n = 0; System.nanoTime() < end; n++) {
                    long sent = System.nanoTime();
                    publisher.publish(Publisher.body("crowd" + n, 100));
                    nanos.add(System.nanoTime() - sent);
                    Thread.sleep(PAUSE_MILLIS);
                  }
                } catch (IOException e) {
                  nanos.add(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "bench-crowd-publisher-" + i);
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return Latencies.ofNanos(nanos.stream().mapToLong(Long::longValue).toArray());
  }
}
