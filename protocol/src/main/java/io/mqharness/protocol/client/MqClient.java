package io.mqharness.protocol.client;

import io.mqharness.protocol.sign.Credentials;
import java.net.URI;
import java.util.Objects;

/**
 * Reference client of the protocol on {@code java.net.http} only. The endpoint may carry a path
 * prefix, which is then part of every signed path (SPEC §2.1). An instance id that is null or empty
 * omits {@code ns}. Thread-safe.
 */
public final class MqClient {
  private final SignedTransport transport;

  public MqClient(URI endpoint, Credentials credentials, MqClientOptions options) {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(options, "options");
    if (endpoint.getScheme() == null || endpoint.getRawAuthority() == null) {
      throw new IllegalArgumentException("The endpoint needs a scheme and a host: " + endpoint);
    }
    this.transport = new SignedTransport(endpoint, credentials, options);
  }

  public static MqClient of(URI endpoint, Credentials credentials) {
    return new MqClient(endpoint, credentials, MqClientOptions.defaults());
  }

  public MqProducer producer(String instanceId, String topic) {
    return new MqProducer(resource(instanceId, topic));
  }

  /** {@code messageTag} filters by tag ({@code A||B} for either); null receives every message. */
  public MqConsumer consumer(String instanceId, String topic, String groupId, String messageTag) {
    return new MqConsumer(
        resource(instanceId, topic), Objects.requireNonNull(groupId, "groupId"), messageTag);
  }

  public MqTransProducer transProducer(String instanceId, String topic, String groupId) {
    return new MqTransProducer(
        resource(instanceId, topic), Objects.requireNonNull(groupId, "groupId"));
  }

  private TopicResource resource(String instanceId, String topic) {
    return new TopicResource(transport, instanceId, Objects.requireNonNull(topic, "topic"));
  }
}
