package io.mqharness.simulator.wiremock;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.limits.ProtocolLimits;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.model.ReceiptHandles;
import io.mqharness.protocol.properties.InvalidPropertyException;
import io.mqharness.protocol.xml.MalformedXmlException;
import io.mqharness.protocol.xml.ProtocolXml;
import io.mqharness.simulator.engine.AckMode;
import io.mqharness.simulator.engine.AckRequest;
import io.mqharness.simulator.engine.ConsumeMode;
import io.mqharness.simulator.engine.ConsumeRequest;
import io.mqharness.simulator.engine.TagFilter;
import io.mqharness.simulator.engine.TopicRef;
import java.time.Duration;

/**
 * Turns method, resource and body into a {@link ProtocolCall}, checking the names (topic and group:
 * at most 64 letters, digits, {@code -} and {@code _}), the query (SPEC §2.2) and the body (SPEC
 * §4) against {@link ProtocolLimits}, and throwing {@link ProtocolError} with the protocol's code
 * for anything out of range.
 */
final class CallParser {
  private CallParser() {}

  static ProtocolCall parse(String method, ResourcePath resource, byte[] body) {
    QueryString query = QueryString.parse(resource.rawQuery());
    checkName("topic name", resource.topic(), ProtocolLimits.MAX_TOPIC_NAME_CHARS);
    TopicRef topic = new TopicRef(query.get("ns").orElse(""), resource.topic());
    switch (method) {
      case "POST":
        return publish(topic, body);
      case "GET":
        return consume(topic, query);
      case "DELETE":
        return ack(topic, query, body);
      default:
        throw new ProtocolError(
            ErrorCode.INVALID_REQUEST_URL,
            "The method " + method + " is not supported on " + resource.topic() + ".");
    }
  }

  private static ProtocolCall publish(TopicRef topic, byte[] body) {
    PublishRequest request = readBody(body, ProtocolXml::readPublishRequest);
    if (request.body().isEmpty()) {
      throw new ProtocolError(ErrorCode.INVALID_ARGUMENT, "MessageBody must not be empty.");
    }
    return new ProtocolCall.Publish(topic, request);
  }

  private static ProtocolCall consume(TopicRef topic, QueryString query) {
    String group = requiredConsumer(query, false);
    ConsumeMode mode =
        switch (query.get("trans").orElse("")) {
          case "" -> ConsumeMode.NORMAL;
          case "order" -> ConsumeMode.ORDERED;
          case "pop" -> ConsumeMode.HALF;
          default -> throw invalidItem("trans");
        };
    int batch =
        intParam(
            query,
            "numOfMessages",
            ProtocolLimits.MIN_NUM_OF_MESSAGES,
            ProtocolLimits.MAX_NUM_OF_MESSAGES,
            true);
    int waitSeconds =
        intParam(
            query,
            "waitseconds",
            ProtocolLimits.MIN_WAIT_SECONDS,
            ProtocolLimits.MAX_WAIT_SECONDS,
            false);
    TagFilter tags =
        mode == ConsumeMode.HALF ? TagFilter.any() : TagFilter.parse(query.get("tag").orElse(null));
    return new ProtocolCall.Consume(
        new ConsumeRequest(topic, group, batch, Duration.ofSeconds(waitSeconds), tags, mode));
  }

  private static ProtocolCall ack(TopicRef topic, QueryString query, byte[] body) {
    AckMode mode =
        switch (query.get("trans").orElse("")) {
          case "" -> AckMode.ACK;
          case "commit" -> AckMode.COMMIT;
          case "rollback" -> AckMode.ROLLBACK;
          default -> throw invalidItem("trans");
        };
    String group = requiredConsumer(query, mode != AckMode.ACK);
    ReceiptHandles handles = readBody(body, ProtocolXml::readReceiptHandles);
    return new ProtocolCall.Ack(new AckRequest(topic, group, handles.handles(), mode));
  }

  /** Commit and rollback tolerate an empty {@code consumer=} (the Go SDK's quirk, SPEC §2.2). */
  private static String requiredConsumer(QueryString query, boolean emptyAllowed) {
    String group = query.get("consumer").orElseThrow(() -> invalidItem("consumer"));
    if (group.isEmpty() && !emptyAllowed) {
      throw invalidItem("consumer");
    }
    if (!group.isEmpty()) {
      checkName("group id", group, ProtocolLimits.MAX_GROUP_ID_CHARS);
    }
    return group;
  }

  /**
   * DOC-LIMITS, DOC-ROS-TOPIC, DOC-ROS-GROUP: at most {@code max} letters, digits, {@code -} and
   * {@code _}.
   */
  private static void checkName(String what, String name, int max) {
    if (name.length() > max) {
      throw new ProtocolError(
          ErrorCode.INVALID_ARGUMENT,
          "The value of "
              + what
              + " should between 1 and "
              + max
              + " characters: \""
              + name
              + "\" is "
              + name.length()
              + " characters long.");
    }
    if (!ProtocolLimits.NAME_CHARACTERS.matcher(name).matches()) {
      throw new ProtocolError(
          ErrorCode.INVALID_ARGUMENT,
          "The " + what + " \"" + name + "\" may hold only letters, digits, - and _.");
    }
  }

  private static int intParam(QueryString query, String name, int min, int max, boolean required) {
    String raw = query.get(name).orElse(null);
    if (raw == null) {
      if (required) {
        throw invalidItem(name);
      }
      return 0;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the range error
    }
    throw new ProtocolError(
        ErrorCode.INVALID_ARGUMENT,
        "The value of " + name + " should between " + min + " and " + max + ".");
  }

  private static ProtocolError invalidItem(String name) {
    return new ProtocolError(
        ErrorCode.INVALID_QUERY_STRING,
        "Http request URL contains invalid querystring item \"" + name + "\".");
  }

  private static <T> T readBody(byte[] body, java.util.function.Function<byte[], T> reader) {
    if (body == null || body.length == 0) {
      throw new ProtocolError(ErrorCode.MALFORMED_XML, "The request body is empty.");
    }
    try {
      return reader.apply(body);
    } catch (MalformedXmlException e) {
      throw new ProtocolError(ErrorCode.MALFORMED_XML);
    } catch (InvalidPropertyException e) {
      throw new ProtocolError(ErrorCode.INVALID_ARGUMENT, e.getMessage());
    }
  }
}
