package io.mqharness.simulator.engine;

import io.mqharness.protocol.error.ErrorCode;

/** A request the engine refuses as a whole, with the protocol's code and a human message. */
public record Rejected(ErrorCode code, String message)
    implements PublishOutcome, ConsumeOutcome, AckOutcome {}
