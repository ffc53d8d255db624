package io.mqharness.mock.engine;

/** What a publish gives: {@link Published} or {@link Rejected}. */
public sealed interface PublishOutcome permits Published, Rejected {}
