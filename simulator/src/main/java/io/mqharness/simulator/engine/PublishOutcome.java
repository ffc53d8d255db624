package io.mqharness.simulator.engine;

import io.mqharness.protocol.model.PublishResponse;

/** What a publish gives: {@link Published} or {@link Rejected}. */
public sealed interface PublishOutcome permits PublishOutcome.Published, Rejected {

  /**
   * A stored message: the protocol's answer (its id, the upper-case hex MD5 of its body, SPEC §4.3,
   * §9 Q12, and, for a half message, the publish receipt handle that commits or rolls it back
   * within the check immunity time, SPEC §6.5 rules 2, 3) and the publish instant (epoch ms), which
   * the answer does not carry. The wire answer is 201.
   */
  record Published(PublishResponse response, long publishTime) implements PublishOutcome {}
}
