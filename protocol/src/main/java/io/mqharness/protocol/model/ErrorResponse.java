package io.mqharness.protocol.model;

/**
 * A whole-request error, root {@code <Error>} in the namespace without trailing slash (SPEC §4.6).
 */
public record ErrorResponse(String code, String message, String requestId, String hostId) {}
