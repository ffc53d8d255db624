package io.mqharness.protocol.model;

import java.util.Objects;

/**
 * Answer to a publish, root {@code <Message>} (SPEC §4.3). {@code receiptHandle} is present only
 * for a transactional (half) message and is null otherwise.
 */
public record PublishResponse(String messageId, String bodyMd5, String receiptHandle) {
  public PublishResponse {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(bodyMd5, "bodyMd5");
  }
}
