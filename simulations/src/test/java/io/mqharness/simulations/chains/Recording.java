package io.mqharness.simulations.chains;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.mqharness.simulations.faults.Operation;
import io.mqharness.simulations.outcomes.TrackedRequests;

/**
 * How a chain sends one request: as it is ({@link #UNTRACKED}: Gatling's statistics only) or with
 * its outcome recorded ({@code trackedRequests::of}, {@link TrackedRequests}), which a run with
 * faults needs to tell the KOs a fault explains from the others.
 */
@FunctionalInterface
public interface Recording {
  /** The request as it is: Gatling's own checks decide OK or KO. */
  Recording UNTRACKED = (operation, request, expected) -> exec(request);

  /**
   * {@code request}, of {@code operation}, whose answer is good with one of the statuses {@code
   * expected}.
   */
  ChainBuilder send(Operation operation, HttpRequestActionBuilder request, Integer... expected);
}
