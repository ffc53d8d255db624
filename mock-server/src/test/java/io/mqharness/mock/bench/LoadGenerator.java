package io.mqharness.mock.bench;

import io.mqharness.protocol.sign.Credentials;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fixed number of workers, each on its own keep-alive connection, repeating one {@link Step} until the
 * step budget is spent, the time is up or the step reports {@link Step#EXHAUSTED}.
 */
final class LoadGenerator {
  private final URI base;
  private final Credentials credentials;
  private final int workers;

  LoadGenerator(URI base, Credentials credentials, int workers) {
    this.base = base;
    this.credentials = credentials;
    this.workers = workers;
  }

  LoadResult run(Step step, long maxSteps, Duration maxTime) throws InterruptedException {
    AtomicLong budget = new AtomicLong(maxSteps);
    AtomicLong messages = new AtomicLong();
    AtomicLong requests = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>(workers);
    for (int i = 0; i < workers; i++) {
      Thread worker = new Thread(() -> {
        try (HttpConnection connection = new HttpConnection(base)) {
          SignedRequests signed = new SignedRequests(base, credentials);
          await(go);
          long deadline = System.nanoTime() + maxTime.toNanos();
          while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
            try {
              int carried = step.run(connection, signed);
              if (carried == Step.EXHAUSTED) {
                break;
              }
              messages.addAndGet(carried);
            } catch (IOException e) {
              errors.incrementAndGet();
              firstError.compareAndSet(null, e.toString());
            }
          }
          requests.addAndGet(connection.exchanges());
        }
      }, "bench-worker-" + i);
      threads.add(worker);
      worker.start();
    }
    long start = System.nanoTime();
    go.countDown();
    for (Thread worker : threads) {
      worker.join();
    }
    return new LoadResult(messages.get(), requests.get(), errors.get(), System.nanoTime() - start, firstError.get());
  }

  private static void await(CountDownLatch go) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
