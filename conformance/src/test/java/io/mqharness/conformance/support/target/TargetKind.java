package io.mqharness.conformance.support.target;

/** What a run talks to; only simulators take injected faults and show their request journal. */
public enum TargetKind {
  EMBEDDED_SIMULATOR,
  STANDALONE_SIMULATOR,
  REAL_INSTANCE;

  public boolean isSimulator() {
    return this != REAL_INSTANCE;
  }
}
