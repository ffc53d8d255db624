package io.mqharness.mock.engine;

/** What a consume gives: {@link Delivered} messages, {@link NoMessage}, or {@link Rejected}. */
public sealed interface ConsumeOutcome permits Delivered, NoMessage, Rejected {}
