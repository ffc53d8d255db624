package io.mqharness.protocol.client;

import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.properties.MessageProperties;
import java.util.Objects;

/**
 * A message to publish: body, optional tag and properties; the {@code with…} methods return changed
 * copies.
 */
public record TopicMessage(String body, String tag, MessageProperties properties) {
  public TopicMessage {
    Objects.requireNonNull(body, "body");
    properties = properties == null ? MessageProperties.empty() : properties;
  }

  public static TopicMessage of(String body) {
    return new TopicMessage(body, null, MessageProperties.empty());
  }

  public TopicMessage withTag(String newTag) {
    return new TopicMessage(body, newTag, properties);
  }

  public TopicMessage withProperty(String key, String value) {
    return new TopicMessage(body, tag, properties.with(key, value));
  }

  public TopicMessage withMessageKey(String key) {
    return withProperty(MessageProperties.MESSAGE_KEY, key);
  }

  /** Makes a timer message, delivered from this epoch millisecond on (SPEC §6.4). */
  public TopicMessage withStartDeliverTime(long epochMillis) {
    return withProperty(MessageProperties.START_DELIVER_TIME, Long.toString(epochMillis));
  }

  public TopicMessage withShardingKey(String shardingKey) {
    return withProperty(MessageProperties.SHARDING_KEY, shardingKey);
  }

  /** Makes a transactional (half) message, first checked after this many seconds (SPEC §6.5). */
  public TopicMessage withTransCheckImmunitySeconds(int seconds) {
    return withProperty(MessageProperties.TRANS_CHECK_IMMUNITY_TIME, Integer.toString(seconds));
  }

  PublishRequest toRequest() {
    return new PublishRequest(body, tag, properties);
  }
}
