package io.mqharness.conformance.support.scenario;

/** What a scenario needs from the target beyond the protocol; real instances have neither. */
public enum TargetFeature {
  /** Stubs that answer instead of the service (faults, wrong answers). */
  FAULT_INJECTION,
  /** The requests as the service received them. */
  REQUEST_JOURNAL
}
