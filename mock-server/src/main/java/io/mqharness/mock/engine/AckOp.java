package io.mqharness.mock.engine;

import io.mqharness.mock.engine.AckOutcome.AllAcked;
import io.mqharness.mock.engine.AckOutcome.HandleFailure;
import io.mqharness.mock.engine.AckOutcome.PartiallyFailed;
import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.limits.ProtocolLimits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AckMessage, commit and rollback: every entry of the request, in order, is applied or fails on its own, and the
 * answer lists each failure with the handle as sent (SPEC §6.1, §6.5 rules 3, 6, 10, 11, §7.3). No entry goes
 * without an outcome: an empty handle, a string that is no handle, and the repeat of a handle already named earlier
 * in the same request (applied once, at its first occurrence) fail with {@code ReceiptHandleError}. More than
 * {@link ProtocolLimits#MAX_RECEIPT_HANDLES} entries refuse the whole request, applying none.
 */
final class AckOp {
  private final EngineContext ctx;
  private final Deadlines deadlines;
  private final DecideOp decide;

  public AckOp(EngineContext ctx, Deadlines deadlines) {
    this.ctx = ctx;
    this.deadlines = deadlines;
    this.decide = new DecideOp(ctx, deadlines);
  }

  public AckOutcome apply(AckRequest request) {
    Optional<Topic> topic = ctx.topic(request.topic());
    if (topic.isEmpty()) {
      return ctx.topicNotExist(request.topic());
    }
    if (request.handles().isEmpty()) {
      return ctx.reject(ErrorCode.MISSING_RECEIPT_HANDLE, "The request names no ReceiptHandle.");
    }
    if (request.handles().size() > ProtocolLimits.MAX_RECEIPT_HANDLES) {
      return ctx.reject(ErrorCode.INVALID_ARGUMENT, "The value of ReceiptHandle count should between 1 and "
          + ProtocolLimits.MAX_RECEIPT_HANDLES + ": the request holds " + request.handles().size()
          + " receipt handles; none was applied.");
    }
    List<HandleFailure> failures = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String handle : request.handles()) {
      Optional<String> failure = handle.isEmpty()
          ? Optional.of("The receipt handle is empty.")
          : !seen.add(handle)
              ? Optional.of("This receipt handle appears earlier in the same request, where it was taken; each handle is applied once.")
              : apply(topic.get(), request, handle);
      failure.ifPresent(why -> {
        ctx.counters().rejected(ErrorCode.RECEIPT_HANDLE_ERROR);
        failures.add(new HandleFailure(handle, ErrorCode.RECEIPT_HANDLE_ERROR, why));
      });
    }
    return failures.isEmpty() ? AllAcked.INSTANCE : new PartiallyFailed(failures);
  }

  /** Empty when applied, else why the handle failed. */
  private Optional<String> apply(Topic topic, AckRequest request, String handle) {
    return ReceiptHandle.decode(handle)
        .filter(h -> h.topicIndex() == topic.index())
        .map(h -> request.mode() == AckMode.ACK ? ack(topic, request.group(), h) : decide.apply(topic, h, request.mode()))
        .orElse(Optional.of("This is not a receipt handle issued for this topic."));
  }

  private Optional<String> ack(Topic topic, String groupName, ReceiptHandle handle) {
    if (handle.kind() != HandleKind.CONSUMED) {
      return Optional.of("A transactional receipt handle is decided with trans=commit or trans=rollback, not acked.");
    }
    Optional<ConsumerGroup> group = topic.existingGroup(groupName).filter(g -> g.index() == handle.groupIndex());
    if (group.isEmpty()) {
      return Optional.of("The receipt handle was issued to another consumer group.");
    }
    InFlight inFlight = group.get().received(handle.seq());
    if (inFlight == null) {
      return Optional.of("The message of this receipt handle is already acked or no longer exists.");
    }
    if (!inFlight.isCurrent(handle.serial(), handle.nonce(), ctx.now())) {
      return Optional.of(inFlight.serial() != handle.serial()
          ? "The receipt handle is stale: the message was delivered again with a newer handle."
          : "The receipt handle has expired (NextConsumeTime has passed) or is not valid.");
    }
    group.get().settle(inFlight, true);
    ctx.counters().acked++;
    ctx.touch(topic);
    return Optional.empty();
  }
}
