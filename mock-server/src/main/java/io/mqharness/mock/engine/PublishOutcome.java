package io.mqharness.mock.engine;

import java.util.Optional;

/** What a publish gives: {@link Published} or {@link Rejected}. */
public sealed interface PublishOutcome permits PublishOutcome.Published, Rejected {

  /**
   * A stored message: its id, the upper-case hex MD5 of its body (SPEC §4.3, §9 Q12), the publish instant (epoch
   * ms) and, for a half message, the publish receipt handle that commits or rolls it back within the check
   * immunity time (SPEC §6.5 rules 2, 3). The wire answer is 201.
   */
  record Published(String messageId, String bodyMd5, long publishTime, Optional<String> receiptHandle)
      implements PublishOutcome {}
}
