package io.mqharness.benchmarks;

import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulator.testkit.SimulatorAdminClient;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * K consumers of one group wait at once (waitseconds=30, numOfMessages=1, each a thread blocked on
 * its own keep-alive connection); then messages are published one at a time, each after the
 * previous one arrived, and the time from sending the publish to a consumer holding the message is
 * recorded. The consumers not served by a sample are released by as many more publishes, so the
 * phase ends by itself.
 */
final class LongPollProbe {
  static final String TOPIC = "BENCH_LONGPOLL";
  static final String GROUP = "GID_BENCH_LONGPOLL";
  private static final String PATH = "/topics/" + TOPIC + "/messages";
  private static final int OPEN_BATCH = 100;

  private final URI base;
  private final Credentials credentials;
  private final SimulatorAdminClient admin;
  private final ConcurrentHashMap<String, CompletableFuture<Long>> arrivals =
      new ConcurrentHashMap<>();

  LongPollProbe(URI base, Credentials credentials) {
    this.base = base;
    this.credentials = credentials;
    this.admin = new SimulatorAdminClient(base.toString());
  }

  LongPollResult run(int consumers, int samples) throws Exception {
    SignedRequests signed = new SignedRequests(base, credentials);
    long openStart = System.nanoTime();
    List<CompletableFuture<Integer>> polls = new ArrayList<>(consumers);
    int seenWaiting = 0;
    while (polls.size() < consumers) {
      int batch = Math.min(OPEN_BATCH, consumers - polls.size());
      for (int i = 0; i < batch; i++) {
        polls.add(
            poll(
                signed.head(
                    "GET", PATH + "?consumer=" + GROUP + "&numOfMessages=1&waitseconds=30", -1)));
      }
      seenWaiting = awaitWaiting(polls.size(), Duration.ofSeconds(20));
    }
    double openSeconds = (System.nanoTime() - openStart) / 1e9;
    Latencies latencies = Latencies.ofNanos(measure(Math.min(samples, consumers)));
    release(consumers - latencies.count());
    awaitAll(polls);
    int released =
        (int)
            polls.stream()
                .filter(p -> p.isDone() && !p.isCompletedExceptionally() && p.join() == 200)
                .count();
    return new LongPollResult(
        consumers,
        seenWaiting,
        latencies,
        released,
        consumers - released,
        admin.counters().engine().waitingConsumers(),
        openSeconds);
  }

  /**
   * One waiting consumer: a thread blocked on its own keep-alive socket, as most SDKs wait. A
   * blocking read wakes as soon as the answer lands, so the probe measures the simulator rather
   * than an asynchronous client's dispatching (the JDK's HttpClient added several milliseconds at
   * p99 on 2 cores).
   */
  private CompletableFuture<Integer> poll(byte[] head) {
    CompletableFuture<Integer> status = new CompletableFuture<>();
    Thread consumer =
        new Thread(
            null,
            () -> {
              try (HttpConnection connection = new HttpConnection(base)) {
                HttpConnection.RawResponse answer = connection.exchange(head, null);
                long now = System.nanoTime();
                if (answer.status() == 200) {
                  arrivals
                      .computeIfAbsent(
                          Publisher.firstBody(answer.body()), b -> new CompletableFuture<>())
                      .complete(now);
                }
                status.complete(answer.status());
              } catch (IOException | RuntimeException e) {
                status.completeExceptionally(e);
              }
            },
            "bench-longpoll",
            256 * 1024);
    consumer.setDaemon(true);
    consumer.start();
    return status;
  }

  private int awaitWaiting(int expected, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int waiting = admin.counters().engine().waitingConsumers();
    while (waiting < expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
      waiting = admin.counters().engine().waitingConsumers();
    }
    if (waiting < expected) {
      throw new IllegalStateException(
          "only " + waiting + " of " + expected + " consumers are waiting");
    }
    return waiting;
  }

  private long[] measure(int samples) throws Exception {
    long[] nanos = new long[samples];
    try (Publisher publisher =
        new Publisher(new HttpConnection(base), new SignedRequests(base, credentials), TOPIC)) {
      for (int s = 0; s < samples; s++) {
        String body = Publisher.body("longpoll" + s, 100);
        CompletableFuture<Long> arrival =
            arrivals.computeIfAbsent(body, b -> new CompletableFuture<>());
        long sent = System.nanoTime();
        publisher.publish(body);
        nanos[s] = arrival.get(10, TimeUnit.SECONDS) - sent;
      }
    }
    return nanos;
  }

  /**
   * The round trip of a plain publish on a keep-alive connection, {@code samples} times, with
   * nobody waiting: the baseline a wake-up is compared with, measured in the same run.
   */
  Latencies publishRoundTrips(int samples) throws IOException {
    long[] nanos = new long[samples];
    try (Publisher publisher =
        new Publisher(
            new HttpConnection(base), new SignedRequests(base, credentials), TOPIC + "_BASELINE")) {
      for (int s = 0; s < samples; s++) {
        long sent = System.nanoTime();
        publisher.publish(Publisher.body("baseline" + s, 100));
        nanos[s] = System.nanoTime() - sent;
      }
    }
    return Latencies.ofNanos(nanos);
  }

  /**
   * Publishes {@code count} more messages from 8 workers, so that every consumer still waiting gets
   * one.
   */
  private void release(int count) throws InterruptedException {
    java.util.concurrent.atomic.AtomicInteger left =
        new java.util.concurrent.atomic.AtomicInteger(count);
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      Thread worker =
          new Thread(
              () -> {
                try (Publisher publisher =
                    new Publisher(
                        new HttpConnection(base), new SignedRequests(base, credentials), TOPIC)) {
                  for (int n = left.getAndDecrement(); n > 0; n = left.getAndDecrement()) {
                    publisher.publish(Publisher.body("release" + n, 100));
                  }
                } catch (IOException e) {
                  // the consumers it would have released are counted as not released
                }
              },
              "bench-longpoll-release-" + w);
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join(Duration.ofSeconds(30).toMillis());
    }
  }

  /** Every poll ends within its 30 s wait; the ones that do not (or fail) count as not released. */
  private static void awaitAll(List<CompletableFuture<Integer>> polls) throws InterruptedException {
    try {
      CompletableFuture.allOf(polls.toArray(CompletableFuture[]::new)).get(40, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // counted below
    }
  }
}
