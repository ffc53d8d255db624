package io.mqharness.simulations.soak;

import io.mqharness.simulator.health.JvmFigures;
import io.mqharness.simulator.testkit.SimulatorAdminClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Samples a simulator every {@code sampleInterval} from {@link #start} to {@link #stop}: its JVM
 * figures through the admin API ({@link SimulatorAdminClient#jvm}, after a {@code System.gc()} when
 * asked) and the run's own counts, into {@link SoakSample}s. A sample whose admin call fails is
 * skipped and counted.
 */
public final class SoakSampler {
  /**
   * The run's cumulative counts at one instant: requests, publishes answered OK, deliveries, KOs.
   */
  public record Counts(long requests, long published, long delivered, long kos) {}

  private final SimulatorAdminClient admin;
  private final SoakSettings settings;
  private final Supplier<Counts> counts;
  private final List<SoakSample> samples = new ArrayList<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "mq-soak-sampler");
            thread.setDaemon(true);
            return thread;
          });
  private long startNanos;
  private long lastNanos;
  private Counts last;
  private int failed;
  private String lastFailure;

  public SoakSampler(SimulatorAdminClient admin, SoakSettings settings, Supplier<Counts> counts) {
    this.admin = admin;
    this.settings = settings;
    this.counts = counts;
  }

  /** Takes the first sample now (time 0), then one every interval. */
  public void start() {
    startNanos = System.nanoTime();
    lastNanos = startNanos;
    last = counts.get();
    timer.scheduleAtFixedRate(
        this::sample, 0, settings.sampleInterval().toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Stops sampling (a sample under way ends first, 30 s at most) and returns the samples taken, in
   * time order.
   */
  public List<SoakSample> stop() {
    timer.shutdown();
    try {
      timer.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      return List.copyOf(samples);
    }
  }

  private void sample() {
    try {
      JvmFigures jvm = admin.jvm(settings.explicitGc());
      long now = System.nanoTime();
      Counts current = counts.get();
      double seconds = Math.max(1e-3, (now - lastNanos) / 1e9);
      SoakSample sample =
          new SoakSample(
              round((now - startNanos) / 1e9),
              jvm.heapUsedAfterGcBytes(),
              jvm.heapMaxBytes(),
              jvm.liveThreads(),
              jvm.openConnections(),
              jvm.storedMessages(),
              round((current.requests() - last.requests()) / seconds),
              round((current.published() - last.published()) / seconds),
              round((current.delivered() - last.delivered()) / seconds),
              current.kos() - last.kos());
      synchronized (this) {
        samples.add(sample);
      }
      last = current;
      lastNanos = now;
    } catch (RuntimeException e) {
      synchronized (this) {
        failed++;
        lastFailure = e.getMessage();
      }
    }
  }

  /** Samples that could not be taken, and why the last one failed (null: none failed). */
  public synchronized int failedSamples() {
    return failed;
  }

  public synchronized String lastFailure() {
    return lastFailure;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
