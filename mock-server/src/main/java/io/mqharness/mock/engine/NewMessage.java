package io.mqharness.mock.engine;

import io.mqharness.protocol.properties.MessageProperties;
import java.util.Objects;

/** A message as a publisher hands it over: body, optional tag (null when absent) and properties. */
public record NewMessage(String body, String tag, MessageProperties properties) {
  public NewMessage {
    Objects.requireNonNull(body, "body");
    properties = properties == null ? MessageProperties.empty() : properties;
  }
}
