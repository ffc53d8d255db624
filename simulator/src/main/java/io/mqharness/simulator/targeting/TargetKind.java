package io.mqharness.simulator.targeting;

/**
 * What a run talks to; only simulators take injected faults, show their request journal and have an
 * admin API.
 */
public enum TargetKind {
  /** Started inside the run because no {@code mq.target.url} is given. */
  EMBEDDED_SIMULATOR("embedded simulator"),
  /** {@code mq.target.url} answers the simulator's admin API ({@code GET /__admin/mq/clock}). */
  STANDALONE_SIMULATOR("standalone simulator"),
  /** Any other endpoint, or a standalone simulator with {@code mq.target.asRealInstance=true}. */
  REAL_INSTANCE("real instance");

  private final String words;

  TargetKind(String words) {
    this.words = words;
  }

  public boolean isSimulator() {
    return this != REAL_INSTANCE;
  }

  /** In words, for announcements: {@code "standalone simulator"}. */
  public String words() {
    return words;
  }
}
