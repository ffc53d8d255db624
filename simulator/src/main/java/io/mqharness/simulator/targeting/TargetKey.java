package io.mqharness.simulator.targeting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The settings that say where the service is, each with one property name ({@code
 * mq.target.accessKeyId}) and one environment variable ({@code MQ_TARGET_ACCESS_KEY_ID}, see {@link
 * TargetOptions#environmentName(String)}).
 */
public enum TargetKey {
  /** The endpoint, e.g. {@code http://127.0.0.1:8080}; empty means the embedded simulator. */
  URL("url"),
  ACCESS_KEY_ID("accessKeyId"),
  ACCESS_KEY_SECRET("accessKeySecret"),
  /** The STS token of a temporary key pair. */
  SECURITY_TOKEN("securityToken"),
  /** Sent as {@code ns}. */
  INSTANCE_ID("instanceId"),
  TOPIC_NORMAL("topic.normal"),
  TOPIC_TRANSACTIONAL("topic.transactional"),
  TOPIC_ORDERED("topic.ordered"),
  TOPIC_TIMER("topic.timer"),
  GROUP_PRIMARY("group.primary"),
  GROUP_SECONDARY("group.secondary"),
  /** The admin token of a standalone simulator started with one, sent on its admin API calls. */
  ADMIN_TOKEN("adminToken"),
  /** {@code true}: treat a standalone simulator as a real instance. */
  AS_REAL_INSTANCE("asRealInstance"),
  /** A properties file holding any of the other keys under their property names; read last. */
  CONFIG("config");

  private static final String PREFIX = "mq.target.";

  private final String property;

  TargetKey(String suffix) {
    this.property = PREFIX + suffix;
  }

  /** The system property / configuration parameter name, e.g. {@code mq.target.topic.normal}. */
  public String property() {
    return property;
  }

  /** The environment variable name, e.g. {@code MQ_TARGET_TOPIC_NORMAL}. */
  public String environmentVariable() {
    return TargetOptions.environmentName(property);
  }

  /** The key whose property name is {@code property}; empty for any other name. */
  public static Optional<TargetKey> ofProperty(String property) {
    return Arrays.stream(values()).filter(key -> key.property.equals(property)).findFirst();
  }
}
