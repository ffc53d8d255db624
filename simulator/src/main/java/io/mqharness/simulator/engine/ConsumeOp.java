package io.mqharness.simulator.engine;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.limits.ProtocolLimits;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulator.engine.ConsumeOutcome.Delivered;
import io.mqharness.simulator.engine.ConsumeOutcome.NoMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * ConsumeMessage, orderly consume and half pop, one request (SPEC §2.2 ranges, §2.6, §7.2 order):
 * refused when a range is broken or the topic does not exist; else answered now with what {@link
 * ConsumeStreams} takes, or with NoMessage at once when {@code waitseconds} is 0; else made to wait
 * ({@link LongPolls}).
 */
record ConsumeOp(
    Topics topics, Rejections rejections, ConsumeStreams streams, LongPolls longPolls) {
  private static final int MAX_MESSAGES = ProtocolLimits.MAX_NUM_OF_MESSAGES;
  private static final Duration MAX_WAIT = Duration.ofSeconds(ProtocolLimits.MAX_WAIT_SECONDS);

  /**
   * The answer now, or a future the long poll completes (from a later operation, deadline or the
   * wait's end).
   */
  CompletableFuture<ConsumeOutcome> consume(ConsumeRequest request) {
    Optional<Rejected> invalid = check(request);
    if (invalid.isPresent()) {
      return CompletableFuture.completedFuture(invalid.get());
    }
    Optional<Topic> topic = topics.find(request.topic());
    if (topic.isEmpty()) {
      return CompletableFuture.completedFuture(rejections.topicNotExist(request.topic()));
    }
    List<ConsumedMessage> taken = streams.take(topic.get(), request);
    if (!taken.isEmpty()) {
      return CompletableFuture.completedFuture(new Delivered(taken));
    }
    if (request.waitTime().isZero()) {
      return CompletableFuture.completedFuture(NoMessage.INSTANCE);
    }
    return longPolls.await(topic.get(), request);
  }

  // SPEC §2.2 ranges, checked here too: the engine does not trust its caller.
  private Optional<Rejected> check(ConsumeRequest request) {
    if (request.numOfMessages() < ProtocolLimits.MIN_NUM_OF_MESSAGES
        || request.numOfMessages() > MAX_MESSAGES) {
      return Optional.of(
          rejections.reject(
              ErrorCode.INVALID_ARGUMENT,
              "numOfMessages must be between "
                  + ProtocolLimits.MIN_NUM_OF_MESSAGES
                  + " and "
                  + MAX_MESSAGES
                  + ", got "
                  + request.numOfMessages()
                  + "."));
    }
    if (request.waitTime().isNegative() || request.waitTime().compareTo(MAX_WAIT) > 0) {
      return Optional.of(
          rejections.reject(
              ErrorCode.INVALID_ARGUMENT,
              "waitseconds must be between "
                  + ProtocolLimits.MIN_WAIT_SECONDS
                  + " and "
                  + ProtocolLimits.MAX_WAIT_SECONDS
                  + ", got "
                  + request.waitTime().toSeconds()
                  + "."));
    }
    return Optional.empty();
  }
}
