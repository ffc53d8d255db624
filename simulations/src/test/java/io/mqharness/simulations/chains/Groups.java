package io.mqharness.simulations.chains;

/**
 * The Gatling groups the latency objective ({@code mq.assert.p99Ms}) is judged on; long polls are
 * in none.
 */
public final class Groups {
  /**
   * A producer's requests: a publish, and a transactional message's decision with its publish
   * handle.
   */
  public static final String PRODUCE = "produce";

  /** A consumer's requests after a poll: ack, commit, rollback. */
  public static final String SETTLE = "settle";

  private Groups() {}
}
