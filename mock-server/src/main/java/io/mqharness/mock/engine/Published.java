package io.mqharness.mock.engine;

import java.util.Optional;

/**
 * A stored message: its id, the upper-case hex MD5 of its body, the publish instant and, for a half message,
 * the publish receipt handle that commits or rolls it back within the check immunity time.
 */
public record Published(String messageId, String bodyMd5, long publishTime, Optional<String> receiptHandle)
    implements PublishOutcome {}
