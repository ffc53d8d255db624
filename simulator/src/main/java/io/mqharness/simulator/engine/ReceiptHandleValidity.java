package io.mqharness.simulator.engine;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * When a receipt handle is good, and the words of each {@code ReceiptHandleError} when it is not
 * (SPEC §6.1, §6.5 rules 3, 6, 10 and 11, §7.3, §9 Q11, Q15). A handle is good only for the topic
 * it was issued for, and:
 *
 * <ul>
 *   <li>for an ack: a consume's handle (normal or orderly), of the group that acks, for a message
 *       that group has not acked, and only the handle of its latest delivery, only while now &lt;
 *       NextConsumeTime;
 *   <li>for a commit or rollback (any group, §9 Q11): a half message's publish handle h0 while its
 *       {@link CheckImmunity} holds, or the handle of its latest half pop while now is within that
 *       pop's re-check window; never once the message is committed, rolled back or given up.
 * </ul>
 *
 * The handle's format is {@link ReceiptHandle}'s; the serials and nonces it is checked against are
 * kept by {@link InFlight} (issued by {@link NormalDelivery}) and {@link HalfMessage} (issued by
 * {@link Transactions}).
 */
record ReceiptHandleValidity(EngineTime time, CheckImmunity immunity) {
  private static final String NOT_ISSUED_FOR_TOPIC =
      "This is not a receipt handle issued for this topic.";

  /** A group's delivery of a message, as an ack names it. */
  record Received(ConsumerGroup group, InFlight inFlight) {}

  /** A handle's verdict: what it names when it is good, else why it is not (never both). */
  record Verdict<T>(T target, String failure) {
    static <T> Verdict<T> good(T target) {
      return new Verdict<>(target, null);
    }

    static <T> Verdict<T> bad(String failure) {
      return new Verdict<>(null, failure);
    }

    /**
     * Hands the target of a good handle to {@code apply} and gives empty; for a bad one, gives why.
     */
    Optional<String> ifGood(Consumer<T> apply) {
      if (failure != null) {
        return Optional.of(failure);
      }
      apply.accept(target);
      return Optional.empty();
    }
  }

  /**
   * The delivery an ack of {@code wire} by {@code groupName} applies to, or why it does not ack.
   */
  Verdict<Received> forAck(Topic topic, String groupName, String wire) {
    Optional<ReceiptHandle> decoded = issuedFor(topic, wire);
    if (decoded.isEmpty()) {
      return Verdict.bad(NOT_ISSUED_FOR_TOPIC);
    }
    ReceiptHandle handle = decoded.get();
    if (handle.kind() != HandleKind.CONSUMED) {
      return Verdict.bad(
          "A transactional receipt handle is decided with trans=commit or trans=rollback, not acked.");
    }
    Optional<ConsumerGroup> group =
        topic.existingGroup(groupName).filter(g -> g.index() == handle.groupIndex());
    if (group.isEmpty()) {
      return Verdict.bad("The receipt handle was issued to another consumer group.");
    }
    InFlight inFlight = group.get().received(handle.seq());
    if (inFlight == null) {
      return Verdict.bad(
          "The message of this receipt handle is already acked or no longer exists.");
    }
    if (inFlight.consumedTimes() != handle.serial()) {
      return Verdict.bad(
          "The receipt handle is stale: the message was delivered again with a newer handle.");
    }
    if (!inFlight.invisible()
        || inFlight.nonce() != handle.nonce()
        || time.now() >= inFlight.nextConsumeTime()) {
      return Verdict.bad(
          "The receipt handle has expired (NextConsumeTime has passed) or is not valid.");
    }
    return Verdict.good(new Received(group.get(), inFlight));
  }

  /** The half message a commit or rollback of {@code wire} decides, or why it does not. */
  Verdict<HalfMessage> forDecision(Topic topic, String wire) {
    Optional<ReceiptHandle> decoded = issuedFor(topic, wire);
    if (decoded.isEmpty()) {
      return Verdict.bad(NOT_ISSUED_FOR_TOPIC);
    }
    ReceiptHandle handle = decoded.get();
    if (handle.kind() == HandleKind.CONSUMED) {
      return Verdict.bad("A consume receipt handle is acked, not committed or rolled back.");
    }
    HalfMessage half = topic.halves().get(handle.seq());
    if (half == null) {
      return Verdict.bad("The transactional message is already committed, rolled back or unknown.");
    }
    long now = time.now();
    if (handle.kind() == HandleKind.HALF_PUBLISHED) {
      return handle.nonce() == half.publishNonce() && immunity.holds(half, now)
          ? Verdict.good(half)
          : Verdict.bad(
              "The publish receipt handle is valid only within the check immunity time (__TransCheckT).");
    }
    boolean latestPop =
        half.state() == HalfState.HALF_CHECKING
            && handle.serial() == half.pops()
            && handle.nonce() == half.popNonce()
            && now < half.windowEnd();
    return latestPop
        ? Verdict.good(half)
        : Verdict.bad(
            "The receipt handle is not the latest half pop's, or its re-check window has ended.");
  }

  private static Optional<ReceiptHandle> issuedFor(Topic topic, String wire) {
    return ReceiptHandle.decode(wire).filter(h -> h.topicIndex() == topic.index());
  }
}
