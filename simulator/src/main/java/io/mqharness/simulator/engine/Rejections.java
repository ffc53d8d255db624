package io.mqharness.simulator.engine;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.HandleError;

/**
 * The engine's refusals, each counted by its code ({@link
 * io.mqharness.simulator.engine.observe.EngineCounters#rejected()}): of a whole request, as a
 * {@link Rejected} (SPEC §7.1, §7.2), and of one receipt handle of an ack, commit or rollback, as a
 * {@link HandleError} with {@code ReceiptHandleError} (SPEC §7.3).
 */
record Rejections(Counters counters) {
  Rejected reject(ErrorCode code, String message) {
    counters.rejected(code);
    return new Rejected(code, message);
  }

  /** {@code TopicNotExist}: a topic not declared in strict mode (SPEC §9 Q2). */
  Rejected topicNotExist(TopicRef ref) {
    return reject(
        ErrorCode.TOPIC_NOT_EXIST,
        "The topic "
            + ref.topic()
            + (ref.instanceId().isEmpty() ? "" : " of instance " + ref.instanceId())
            + " does not exist; declare it first (strict mode).");
  }

  /** One handle, as sent, that was not applied, and why. */
  HandleError handleFailure(String receiptHandle, String why) {
    counters.rejected(ErrorCode.RECEIPT_HANDLE_ERROR);
    return new HandleError(ErrorCode.RECEIPT_HANDLE_ERROR.wireCode(), why, receiptHandle);
  }
}
