package io.mqharness.conformance.adapter.driver;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqharness.conformance.adapter.AckCommand;
import io.mqharness.conformance.adapter.CallTimeouts;
import io.mqharness.conformance.adapter.ConsumeCommand;
import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.conformance.adapter.PublishCommand;

/** The {@code params} object of each op, field by field as DRIVER.md lists them. */
final class DriverRequests {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private DriverRequests() {}

  static ObjectNode envelope(long id, String op, ObjectNode params) {
    ObjectNode request = JSON.objectNode().put("id", id).put("op", op);
    request.set("params", params);
    return request;
  }

  static ObjectNode none() {
    return JSON.objectNode();
  }

  /**
   * {@code callDeadlineMillis}: the client deadline of a call that does not wait (DRIVER.md §5).
   */
  static ObjectNode connect(Endpoint e, CallTimeouts timeouts) {
    return JSON.objectNode()
        .put("url", e.url())
        .put("accessKeyId", e.accessKeyId())
        .put("accessKeySecret", e.accessKeySecret())
        .put("securityToken", e.securityToken())
        .put("callDeadlineMillis", timeouts.clientDeadline().toMillis());
  }

  static ObjectNode publish(PublishCommand c) {
    ObjectNode params =
        JSON.objectNode()
            .put("instanceId", c.instanceId())
            .put("topic", c.topic())
            .put("body", c.body())
            .put("tag", c.tag())
            .put("messageKey", c.messageKey())
            .put("startDeliverTime", c.startDeliverTime())
            .put("shardingKey", c.shardingKey())
            .put("transCheckImmunitySeconds", c.transCheckImmunitySeconds());
    ObjectNode properties = params.putObject("properties");
    c.properties().forEach(properties::put);
    return params;
  }

  static ObjectNode consume(ConsumeCommand c) {
    return JSON.objectNode()
        .put("instanceId", c.instanceId())
        .put("topic", c.topic())
        .put("group", c.group())
        .put("tag", c.tag())
        .put("numOfMessages", c.numOfMessages())
        .put("waitSeconds", c.waitSeconds())
        .put("orderly", c.orderly());
  }

  static ObjectNode handles(AckCommand c) {
    ObjectNode params =
        JSON.objectNode()
            .put("instanceId", c.instanceId())
            .put("topic", c.topic())
            .put("group", c.group());
    c.receiptHandles().forEach(params.putArray("receiptHandles")::add);
    return params;
  }
}
