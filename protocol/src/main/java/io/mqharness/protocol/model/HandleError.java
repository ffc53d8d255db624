package io.mqharness.protocol.model;

/** One failed receipt handle inside {@code <Errors>} (SPEC §4.6, §7.3). */
public record HandleError(String errorCode, String errorMessage, String receiptHandle) {}
