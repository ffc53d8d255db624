package io.mqharness.conformance.support.scenario;

/** What a scenario needs from the target beyond the protocol; real instances have neither. */
public enum TargetFeature {
  /** Stubs that answer instead of the service (faults, wrong answers). */
  FAULT_INJECTION,
  /** The requests as the service received them. */
  REQUEST_JOURNAL,
  /**
   * Moving the clock the service checks request Dates against, so that any client looks minutes
   * off.
   */
  DATE_CHECK_OFFSET
}
