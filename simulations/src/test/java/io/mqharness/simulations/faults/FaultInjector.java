package io.mqharness.simulations.faults;

import io.mqharness.simulator.testkit.SimulatorAdminClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts a run's faults in place on a simulator and takes them away on schedule: each one's stub
 * ({@link FaultStubs}) is added through the admin API when its window opens (relative to {@link
 * #start}) and removed when it closes, or at {@link #close()} at the latest. Fault i has priority i
 * + 1, so a request tries the faults in the order given. {@link #activeMask()} says which are in
 * place now (bit i: fault i), for the request outcomes.
 */
public final class FaultInjector implements AutoCloseable {
  private final List<Fault> faults;
  private final SimulatorAdminClient admin;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "mq-faults");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicInteger active = new AtomicInteger();
  private final String[] stubIds;
  private final Double[] addedAt;
  private final Double[] removedAt;
  private final List<String> problems = new ArrayList<>();
  private volatile Instant started;

  public FaultInjector(FaultPlan plan, SimulatorAdminClient admin) {
    this.faults = plan.faults();
    this.admin = admin;
    this.stubIds = new String[faults.size()];
    this.addedAt = new Double[faults.size()];
    this.removedAt = new Double[faults.size()];
  }

  /**
   * Opens each fault's window on time, counted from now (the start of the measured load). Should
   * the run's JVM end before {@link #close()}, a shutdown hook takes the faults away, so that a
   * standalone simulator is not left failing.
   */
  public void start() {
    started = Instant.now();
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "mq-faults-removal"));
    for (int i = 0; i < faults.size(); i++) {
      int index = i;
      Fault fault = faults.get(i);
      timer.schedule(() -> add(index), fault.from().toMillis(), TimeUnit.MILLISECONDS);
      fault
          .to()
          .ifPresent(
              to -> timer.schedule(() -> remove(index), to.toMillis(), TimeUnit.MILLISECONDS));
    }
  }

  /**
   * Bit i is set while fault i's stub is in place (after the admin API confirmed it, until its
   * removal starts).
   */
  public int activeMask() {
    return active.get();
  }

  private synchronized void add(int i) {
    try {
      stubIds[i] = admin.addStub(FaultStubs.mapping(faults.get(i), i + 1));
      addedAt[i] = secondsSinceStart();
      active.updateAndGet(mask -> mask | (1 << i));
      System.out.printf("== fault in place at %.1f s: %s%n", addedAt[i], faults.get(i).describe());
    } catch (RuntimeException e) {
      problems.add(
          "the fault \""
              + faults.get(i).text()
              + "\" could not be put in place: "
              + e.getMessage());
    }
  }

  private synchronized void remove(int i) {
    if (stubIds[i] == null) {
      return;
    }
    active.updateAndGet(mask -> mask & ~(1 << i));
    try {
      admin.removeStub(stubIds[i]);
      removedAt[i] = secondsSinceStart();
      System.out.printf("== fault removed at %.1f s: %s%n", removedAt[i], faults.get(i).text());
    } catch (RuntimeException e) {
      problems.add(
          "the fault \"" + faults.get(i).text() + "\" could not be removed: " + e.getMessage());
    } finally {
      stubIds[i] = null;
    }
  }

  private double secondsSinceStart() {
    return Math.round(Duration.between(started, Instant.now()).toMillis() / 100.0) / 10.0;
  }

  /**
   * When fault i was put in place and taken away, seconds after {@link #start} (null: never / still
   * in place).
   */
  public Double addedAt(int i) {
    return addedAt[i];
  }

  public Double removedAt(int i) {
    return removedAt[i];
  }

  /**
   * What went wrong putting faults in place or taking them away; such a run did not load what was
   * asked.
   */
  public synchronized List<String> problems() {
    return List.copyOf(problems);
  }

  /** Cancels what has not happened yet and takes every fault still in place away. */
  @Override
  public void close() {
    timer.shutdownNow();
    synchronized (this) {
      for (int i = 0; i < faults.size(); i++) {
        remove(i);
      }
    }
  }
}
