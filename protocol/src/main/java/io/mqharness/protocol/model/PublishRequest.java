package io.mqharness.protocol.model;

import io.mqharness.protocol.properties.MessageProperties;
import java.util.Objects;

/**
 * Body of a publish (POST), root {@code <Message>} (SPEC §4.2). {@code tag} is null when absent.
 */
public record PublishRequest(String body, String tag, MessageProperties properties) {
  public PublishRequest {
    Objects.requireNonNull(body, "body");
    properties = properties == null ? MessageProperties.empty() : properties;
  }
}
