package io.mqharness.conformance.adapter.driver;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.ClientFailure.HandleFailure;
import io.mqharness.conformance.adapter.ClientFailure.Kind;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the {@code result} and {@code error} objects of answers (DRIVER.md, "Answers"). */
final class DriverAnswers {
  private static final System.Logger LOG = System.getLogger("io.mqharness.conformance.driver");

  private DriverAnswers() {}

  static DriverHello hello(JsonNode result) {
    Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    for (JsonNode c : result.path("capabilities")) {
      try {
        capabilities.add(Capability.valueOf(c.asText()));
      } catch (IllegalArgumentException unknown) {
        LOG.log(System.Logger.Level.WARNING, "ignoring unknown capability {0}", c.asText());
      }
    }
    return new DriverHello(
        text(result, "name"), text(result, "sdk"), text(result, "sdkVersion"), capabilities);
  }

  static PublishResult published(JsonNode result) {
    return new PublishResult(
        text(result, "messageId"), text(result, "bodyMd5"), text(result, "receiptHandle"));
  }

  static List<ReceivedMessage> messages(JsonNode result) {
    List<ReceivedMessage> messages = new ArrayList<>();
    for (JsonNode m : result.path("messages")) {
      messages.add(
          new ReceivedMessage(
              text(m, "messageId"),
              text(m, "receiptHandle"),
              text(m, "body"),
              text(m, "bodyMd5"),
              text(m, "tag"),
              properties(m.path("properties")),
              m.path("publishTime").asLong(),
              m.path("nextConsumeTime").asLong(),
              m.path("firstConsumeTime").asLong(),
              m.path("consumedTimes").asInt()));
    }
    return messages;
  }

  static ClientFailure failure(JsonNode error) {
    List<HandleFailure> handles = new ArrayList<>();
    for (JsonNode h : error.path("handleFailures")) {
      handles.add(new HandleFailure(text(h, "receiptHandle"), text(h, "code"), text(h, "message")));
    }
    String message = text(error, "message");
    return new ClientFailure(
        kind(text(error, "kind")),
        text(error, "code"),
        message == null ? "(the driver gave no message)" : message,
        text(error, "requestId"),
        handles);
  }

  private static Kind kind(String kind) {
    try {
      return kind == null ? Kind.CLIENT : Kind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return Kind.CLIENT;
    }
  }

  private static Map<String, String> properties(JsonNode node) {
    Map<String, String> properties = new LinkedHashMap<>();
    node.properties().forEach(e -> properties.put(e.getKey(), e.getValue().asText()));
    return properties;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
