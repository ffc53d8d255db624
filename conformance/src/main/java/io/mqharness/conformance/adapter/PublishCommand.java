package io.mqharness.conformance.adapter;

import java.util.Map;
import java.util.Objects;

/**
 * A message to publish. {@code instanceId} may be empty (no {@code ns}); {@code tag}, {@code
 * messageKey}, {@code shardingKey} may be null; {@code startDeliverTime} (epoch ms) and {@code
 * transCheckImmunitySeconds} are null when unused. A non-null {@code transCheckImmunitySeconds}
 * makes it a half message.
 */
public record PublishCommand(
    String instanceId,
    String topic,
    String body,
    String tag,
    Map<String, String> properties,
    String messageKey,
    Long startDeliverTime,
    String shardingKey,
    Integer transCheckImmunitySeconds) {
  public PublishCommand {
    instanceId = instanceId == null ? "" : instanceId;
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(body, "body");
    properties = properties == null ? Map.of() : Map.copyOf(properties);
  }

  public static PublishCommand of(String instanceId, String topic, String body) {
    return new PublishCommand(instanceId, topic, body, null, Map.of(), null, null, null, null);
  }

  public PublishCommand withTag(String t) {
    return new PublishCommand(
        instanceId,
        topic,
        body,
        t,
        properties,
        messageKey,
        startDeliverTime,
        shardingKey,
        transCheckImmunitySeconds);
  }

  public PublishCommand withProperties(Map<String, String> p) {
    return new PublishCommand(
        instanceId,
        topic,
        body,
        tag,
        p,
        messageKey,
        startDeliverTime,
        shardingKey,
        transCheckImmunitySeconds);
  }

  public PublishCommand withMessageKey(String k) {
    return new PublishCommand(
        instanceId,
        topic,
        body,
        tag,
        properties,
        k,
        startDeliverTime,
        shardingKey,
        transCheckImmunitySeconds);
  }

  public PublishCommand withStartDeliverTime(long epochMillis) {
    return new PublishCommand(
        instanceId,
        topic,
        body,
        tag,
        properties,
        messageKey,
        epochMillis,
        shardingKey,
        transCheckImmunitySeconds);
  }

  public PublishCommand withShardingKey(String k) {
    return new PublishCommand(
        instanceId,
        topic,
        body,
        tag,
        properties,
        messageKey,
        startDeliverTime,
        k,
        transCheckImmunitySeconds);
  }

  public PublishCommand withTransCheckImmunitySeconds(int seconds) {
    return new PublishCommand(
        instanceId,
        topic,
        body,
        tag,
        properties,
        messageKey,
        startDeliverTime,
        shardingKey,
        seconds);
  }
}
