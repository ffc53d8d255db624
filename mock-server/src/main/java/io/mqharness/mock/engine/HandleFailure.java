package io.mqharness.mock.engine;

import io.mqharness.protocol.error.ErrorCode;

/** Why one receipt handle of an ack, commit or rollback was not applied. */
public record HandleFailure(String receiptHandle, ErrorCode code, String message) {}
