package io.mqharness.mock.engine;

import io.mqharness.protocol.properties.MessageProperties;

/** One delivery of a message to a group (or to a checker, for a half pop). Times are epoch milliseconds. */
public record Delivery(
    String messageId,
    String receiptHandle,
    String bodyMd5,
    String body,
    long publishTime,
    long nextConsumeTime,
    long firstConsumeTime,
    int consumedTimes,
    String tag,
    MessageProperties properties) {}
