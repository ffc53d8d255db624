package io.mqharness.simulator.engine;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.limits.ProtocolLimits;
import io.mqharness.protocol.model.HandleError;
import io.mqharness.simulator.engine.AckOutcome.AllAcked;
import io.mqharness.simulator.engine.AckOutcome.PartiallyFailed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AckMessage, commit and rollback, one request (SPEC §4.5, §7.3): every entry of the request, in
 * order, is applied or fails on its own, and the answer lists each failure with the handle as sent.
 * No entry goes without an outcome: an empty handle, the repeat of a handle already named earlier
 * in the same request (applied once, at its first occurrence), and a handle that is not good now
 * ({@link ReceiptHandleValidity}) fail with {@code ReceiptHandleError}. A good ack goes to {@link
 * NormalDelivery}, a good commit or rollback to {@link Transactions}. No handle, or more than
 * {@link ProtocolLimits#MAX_RECEIPT_HANDLES}, refuses the whole request, applying none.
 */
record AckOp(
    Topics topics,
    Rejections rejections,
    ReceiptHandleValidity validity,
    NormalDelivery normal,
    Transactions transactions) {
  /** AllAcked, PartiallyFailed (the good handles applied), or Rejected with nothing applied. */
  AckOutcome apply(AckRequest request) {
    if (!topics.admits(request.topic())) {
      return rejections.topicNotExist(request.topic());
    }
    if (request.handles().isEmpty()) {
      return rejections.reject(
          ErrorCode.MISSING_RECEIPT_HANDLE, "The request names no ReceiptHandle.");
    }
    if (request.handles().size() > ProtocolLimits.MAX_RECEIPT_HANDLES) {
      return rejections.reject(
          ErrorCode.INVALID_ARGUMENT,
          "The value of ReceiptHandle count should between 1 and "
              + ProtocolLimits.MAX_RECEIPT_HANDLES
              + ": the request holds "
              + request.handles().size()
              + " receipt handles; none was applied.");
    }
    Topic topic = topics.find(request.topic()).orElseThrow();
    List<HandleError> failures = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String handle : request.handles()) {
      Optional<String> failure =
          handle.isEmpty()
              ? Optional.of("The receipt handle is empty.")
              : !seen.add(handle)
                  ? Optional.of(
                      "This receipt handle appears earlier in the same request, where it was taken; each handle is applied once.")
                  : apply(topic, request, handle);
      failure.ifPresent(why -> failures.add(rejections.handleFailure(handle, why)));
    }
    return failures.isEmpty() ? AllAcked.INSTANCE : new PartiallyFailed(failures);
  }

  /** Empty when applied, else why the handle failed. */
  private Optional<String> apply(Topic topic, AckRequest request, String handle) {
    return switch (request.mode()) {
      case ACK ->
          validity
              .forAck(topic, request.group(), handle)
              .ifGood(received -> normal.ack(topic, received));
      case COMMIT ->
          validity.forDecision(topic, handle).ifGood(half -> transactions.commit(topic, half));
      case ROLLBACK ->
          validity.forDecision(topic, handle).ifGood(half -> transactions.rollback(topic, half));
    };
  }
}
