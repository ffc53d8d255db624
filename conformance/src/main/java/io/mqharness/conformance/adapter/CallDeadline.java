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
 * Runs each call of an in-process client on its own daemon thread and gives up on it at the
 * harness's cut-off ({@link CallTimeouts#cutOff(int)}: {@value CallTimeouts#PROPERTY} plus the
 * call's long-poll wait, DRIVER.md §5), so a client that hangs costs one scenario a {@link
 * ClientFailure.Kind#TIMEOUT} with code {@value CallTimeouts#CALL_TIMEOUT} instead of stopping the
 * run.
 */
public final class CallDeadline implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final CallTimeouts timeouts;
  private final ExecutorService executor;

  public CallDeadline(CallTimeouts timeouts, String clientName) {
    this.timeouts = timeouts;
    this.executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread =
                  new Thread(task, "conformance-" + clientName + "-" + THREADS.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** The cut-off from {@value CallTimeouts#PROPERTY}, 20 s by default. */
  public static CallDeadline fromSystemProperties(String clientName) {
    return new CallDeadline(CallTimeouts.fromSystemProperties(), clientName);
  }

  /** The rule this deadline applies. */
  public CallTimeouts timeouts() {
    return timeouts;
  }

  /**
   * Runs {@code body} and returns what it returns; a {@link ClientFailure} it throws passes
   * through.
   *
   * @throws ClientFailure TIMEOUT {@value CallTimeouts#CALL_TIMEOUT} at the cut-off; CLIENT for any
   *     other exception
   */
  public <T> T call(String operation, int waitSeconds, Supplier<T> body) {
    Duration deadline = timeouts.cutOff(waitSeconds);
    Future<T> future = executor.submit(body::get);
    try {
      return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ClientFailure(
          ClientFailure.Kind.TIMEOUT,
          CallTimeouts.CALL_TIMEOUT,
          operation
              + " did not return within "
              + deadline.toMillis()
              + " ms and was cut off by the harness",
          null,
          null);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ClientFailure(
          ClientFailure.Kind.TIMEOUT,
          CallTimeouts.CALL_TIMEOUT,
          operation + " was interrupted",
          null,
          null);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ClientFailure failure) {
        throw failure;
      }
      // anything else is a crash in the client's code: named by its class, as drivers name theirs
      // (DRIVER.md §3)
      throw new ClientFailure(
          ClientFailure.Kind.CLIENT,
          e.getCause().getClass().getSimpleName(),
          operation + ": " + e.getCause(),
          null,
          null);
    }
  }

  public void run(String operation, int waitSeconds, Runnable body) {
    call(
        operation,
        waitSeconds,
        () -> {
          body.run();
          return null;
        });
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
