package io.mqharness.simulations.outcomes;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.mqharness.simulations.faults.Operation;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * A measured request with its outcome recorded in {@link RequestOutcomes}: its operation, the
 * faults in place when it started, the status it got (none: no answer), whether it failed and how
 * long it took. The session's failed mark is what it was before, plus this request's: a chain that
 * reads {@code isFailed()} after it reads the same. Session keys start with {@code outcome}.
 */
public final class TrackedRequests {
  /** Set after a tracked request: its KO kind's word, or absent when it passed. */
  public static final String LAST_KO = "outcomeKo";

  private static final String STATUS = "outcomeStatus";
  private static final String STARTED = "outcomeStartedNanos";
  private static final String WAS_FAILED = "outcomeWasFailed";
  private static final String MASK = "outcomeFaults";

  private final RequestOutcomes outcomes;
  private final IntSupplier activeFaults;

  /**
   * {@code activeFaults}: the mask of faults in place now ({@code FaultInjector::activeMask}, or
   * always 0).
   */
  public TrackedRequests(RequestOutcomes outcomes, IntSupplier activeFaults) {
    this.outcomes = outcomes;
    this.activeFaults = activeFaults;
  }

  /**
   * {@code request} of {@code operation}, which accepts the statuses {@code expected}, recorded
   * when it ends.
   */
  public ChainBuilder of(
      Operation operation, HttpRequestActionBuilder request, Integer... expected) {
    List<Integer> ok = List.of(expected);
    return exec(session ->
            session
                .remove(STATUS)
                .remove(LAST_KO)
                .set(STARTED, System.nanoTime())
                .set(WAS_FAILED, session.isFailed())
                .set(MASK, activeFaults.getAsInt())
                .markAsSucceeded())
        .exec(request.check(status().saveAs(STATUS)))
        .exec(session -> ended(session, operation, ok));
  }

  private Session ended(Session session, Operation operation, List<Integer> expected) {
    long millis = (System.nanoTime() - session.getLong(STARTED)) / 1_000_000;
    boolean failed = session.isFailed();
    Integer status = session.contains(STATUS) ? session.getInt(STATUS) : null;
    KoKind ko = outcomes.record(operation, session.getInt(MASK), status, failed, millis, expected);
    Session out = ko == null ? session : session.set(LAST_KO, ko.word());
    return session.getBoolean(WAS_FAILED) && !failed ? out.markAsFailed() : out;
  }
}
