package io.mqharness.mock.engine.ops;

import io.mqharness.mock.engine.AckMode;
import io.mqharness.mock.engine.AckOutcome;
import io.mqharness.mock.engine.AckRequest;
import io.mqharness.mock.engine.AllAcked;
import io.mqharness.mock.engine.HandleFailure;
import io.mqharness.mock.engine.PartiallyFailed;
import io.mqharness.mock.engine.handle.HandleKind;
import io.mqharness.mock.engine.handle.ReceiptHandle;
import io.mqharness.mock.engine.state.ConsumerGroup;
import io.mqharness.mock.engine.state.InFlight;
import io.mqharness.mock.engine.state.Topic;
import io.mqharness.protocol.error.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * AckMessage, commit and rollback: each distinct handle is applied or fails on its own; the answer lists
 * only the failures (SPEC §6.1, §6.5 rules 3, 6, 10, 11, §7.3).
 */
public final class AckOp {
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
    List<HandleFailure> failures = new ArrayList<>();
    for (String handle : new LinkedHashSet<>(request.handles())) {
      Optional<String> failure = ReceiptHandle.decode(handle)
          .filter(h -> h.topicIndex() == topic.get().index())
          .map(h -> request.mode() == AckMode.ACK ? ack(topic.get(), request.group(), h) : decide.apply(topic.get(), h, request.mode()))
          .orElse(Optional.of("This is not a receipt handle issued for this topic."));
      failure.ifPresent(why -> {
        ctx.counters().rejected(ErrorCode.RECEIPT_HANDLE_ERROR);
        failures.add(new HandleFailure(handle, ErrorCode.RECEIPT_HANDLE_ERROR, why));
      });
    }
    return failures.isEmpty() ? AllAcked.INSTANCE : new PartiallyFailed(failures);
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
    deadlines.settle(topic, inFlight.message());
    ctx.touch(topic);
    return Optional.empty();
  }
}
