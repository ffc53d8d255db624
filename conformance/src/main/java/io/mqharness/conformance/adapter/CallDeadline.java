package io.mqharness.conformance.adapter;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs each client call on its own daemon thread and gives up on it after a deadline, so a client that hangs
 * costs one scenario a {@link ClientFailure.Kind#TIMEOUT} instead of stopping the run. The deadline of a call is
 * the base limit plus the call's own long-poll wait.
 */
public final class CallDeadline implements AutoCloseable {
  /** System property with the base limit in seconds. */
  public static final String LIMIT_PROPERTY = "conformance.callTimeoutSeconds";

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Duration limit;
  private final ExecutorService executor;

  public CallDeadline(Duration limit, String clientName) {
    this.limit = limit;
    this.executor = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "conformance-" + clientName + "-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** The limit from {@value #LIMIT_PROPERTY}, 20 s by default. */
  public static CallDeadline fromSystemProperties(String clientName) {
    return new CallDeadline(Duration.ofSeconds(Long.getLong(LIMIT_PROPERTY, 20)), clientName);
  }

  public <T> T call(String operation, int waitSeconds, Supplier<T> body) {
    Duration deadline = limit.plusSeconds(Math.max(0, waitSeconds));
    Future<T> future = executor.submit(body::get);
    try {
      return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ClientFailure(ClientFailure.Kind.TIMEOUT, null,
          operation + " did not return within " + deadline.toSeconds() + " s", null, null);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ClientFailure(ClientFailure.Kind.TIMEOUT, null, operation + " was interrupted", null, null);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ClientFailure failure) {
        throw failure;
      }
      throw new ClientFailure(ClientFailure.Kind.CLIENT, null, operation + ": " + e.getCause(), null, null);
    }
  }

  public void run(String operation, int waitSeconds, Runnable body) {
    call(operation, waitSeconds, () -> {
      body.run();
      return null;
    });
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
