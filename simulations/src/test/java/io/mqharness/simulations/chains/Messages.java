package io.mqharness.simulations.chains;

import io.gatling.javaapi.core.Session;

/**
 * The session keys the chains share: what a consume or pop brought, and the handles an ack or
 * decision sends.
 */
public final class Messages {
  /**
   * The batch a consume or a pop brought ({@code List<ConsumedMessage>}); absent after a 404 or a
   * KO.
   */
  public static final String MESSAGES = "messages";

  /** The receipt handles the next ack, commit or rollback sends ({@code List<String>}). */
  public static final String HANDLES = "handles";

  private Messages() {}

  /** True when the last consume or pop brought at least one message. */
  public static boolean received(Session session) {
    return session.contains(MESSAGES) && !session.getList(MESSAGES).isEmpty();
  }

  /**
   * The session ready for the next poll: no batch, and not failed by an earlier request of the
   * loop.
   */
  public static Session beforePoll(Session session) {
    return session.remove(MESSAGES).markAsSucceeded();
  }
}
