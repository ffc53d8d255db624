package io.mqharness.protocol.client;

import io.mqharness.protocol.limits.LimitViolation;
import io.mqharness.protocol.limits.ProtocolLimits;
import io.mqharness.protocol.limits.PublishLimits;
import io.mqharness.protocol.properties.InvalidPropertyException;
import java.util.List;
import java.util.Optional;

/**
 * The reference client's own checks, made before sending when {@link MqClientOptions#limitChecks()}
 * is on.
 */
final class ClientLimits {
  private final boolean enabled;

  ClientLimits(MqClientOptions options) {
    this.enabled = options.limitChecks();
  }

  void publish(TopicMessage message, long nowMillis) {
    if (enabled) {
      try {
        PublishLimits.check(message.body(), message.tag(), message.properties(), nowMillis)
            .ifPresent(ClientLimits::refuse);
      } catch (InvalidPropertyException e) {
        refuse(new LimitViolation("Properties", e.getMessage()));
      }
    }
  }

  void consume(int numOfMessages, int waitSeconds) {
    if (!enabled) {
      return;
    }
    if (numOfMessages < ProtocolLimits.MIN_NUM_OF_MESSAGES
        || numOfMessages > ProtocolLimits.MAX_NUM_OF_MESSAGES) {
      refuse(
          new LimitViolation(
              "numOfMessages",
              "The value of numOfMessages should between "
                  + ProtocolLimits.MIN_NUM_OF_MESSAGES
                  + " and "
                  + ProtocolLimits.MAX_NUM_OF_MESSAGES
                  + ", got "
                  + numOfMessages
                  + "."));
    }
    if (waitSeconds > ProtocolLimits.MAX_WAIT_SECONDS) {
      refuse(
          new LimitViolation(
              "waitseconds",
              "The value of waitseconds should between "
                  + ProtocolLimits.MIN_WAIT_SECONDS
                  + " and "
                  + ProtocolLimits.MAX_WAIT_SECONDS
                  + ", got "
                  + waitSeconds
                  + "."));
    }
  }

  void delete(List<String> handles) {
    if (!enabled) {
      return;
    }
    if (handles.isEmpty() || handles.size() > ProtocolLimits.MAX_RECEIPT_HANDLES) {
      refuse(
          new LimitViolation(
              "ReceiptHandle",
              "An ack, commit or rollback takes 1 to "
                  + ProtocolLimits.MAX_RECEIPT_HANDLES
                  + " receipt handles, got "
                  + handles.size()
                  + "."));
    }
    Optional<String> empty = handles.stream().filter(h -> h == null || h.isEmpty()).findFirst();
    if (empty.isPresent()) {
      refuse(new LimitViolation("ReceiptHandle", "A receipt handle must not be empty."));
    }
  }

  private static void refuse(LimitViolation violation) {
    throw new LimitExceededException(violation);
  }
}
