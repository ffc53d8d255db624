package io.mqharness.conformance.adapter;

/** What publish returned; {@code receiptHandle} is null except for half messages. */
public record PublishResult(String messageId, String bodyMd5, String receiptHandle) {}
