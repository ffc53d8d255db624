package io.mqharness.simulator.targeting;

import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.testkit.SimulatorAdminClient;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the service is and as whom to talk to it, from the {@code mq.target.*} settings. An empty
 * {@code url} means the embedded simulator. The credentials default to the simulator's ({@code
 * harness-ak} / {@code harness-sk}); instance, topics and groups are empty when not given, and each
 * module falls back to its own (a simulator makes them up, a real instance needs them configured).
 * {@code instanceId} given empty ({@code -Dmq.target.instanceId=}) is {@code Optional.of("")}: an
 * instance without namespace, whose requests carry no {@code ns} (SPEC §2.2), not the module's
 * default. {@code asRealInstance} treats a standalone simulator as a real instance. {@code
 * adminToken} is sent on a standalone simulator's admin API calls (one bound beyond loopback
 * requires it); empty when not given.
 */
public record TargetSettings(
    Optional<String> url,
    String accessKeyId,
    String accessKeySecret,
    Optional<String> securityToken,
    Optional<String> instanceId,
    Map<TopicKind, String> topics,
    Optional<String> primaryGroup,
    Optional<String> secondaryGroup,
    boolean asRealInstance,
    Optional<String> adminToken) {

  public TargetSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(accessKeySecret, "accessKeySecret");
    Objects.requireNonNull(securityToken, "securityToken");
    Objects.requireNonNull(instanceId, "instanceId");
    topics = Map.copyOf(topics);
    Objects.requireNonNull(primaryGroup, "primaryGroup");
    Objects.requireNonNull(secondaryGroup, "secondaryGroup");
    Objects.requireNonNull(adminToken, "adminToken");
  }

  /**
   * Every key from system properties, the environment and {@code mq.target.config}; throws as
   * {@link #read}.
   */
  public static TargetSettings fromSystem() {
    return read(TargetOptions.fromSystem());
  }

  /**
   * Every {@code mq.target.*} key from {@code options}.
   *
   * @throws IllegalArgumentException when {@code mq.target.asRealInstance} is neither {@code true}
   *     nor {@code false}
   */
  public static TargetSettings read(TargetOptions options) {
    Map<TopicKind, String> topics = new EnumMap<>(TopicKind.class);
    for (TopicKind kind : TopicKind.values()) {
      options.get(kind.key()).ifPresent(name -> topics.put(kind, name));
    }
    return new TargetSettings(
        options.get(TargetKey.URL),
        options.get(TargetKey.ACCESS_KEY_ID).orElse(SimulatorOptions.DEFAULT_ACCESS_KEY_ID),
        options.get(TargetKey.ACCESS_KEY_SECRET).orElse(SimulatorOptions.DEFAULT_ACCESS_KEY_SECRET),
        options.get(TargetKey.SECURITY_TOKEN),
        options.getKeepingEmpty(TargetKey.INSTANCE_ID),
        topics,
        options.get(TargetKey.GROUP_PRIMARY),
        options.get(TargetKey.GROUP_SECONDARY),
        options.get(TargetKey.AS_REAL_INSTANCE).map(TargetSettings::flag).orElse(false),
        options.get(TargetKey.ADMIN_TOKEN));
  }

  /** True when no {@code mq.target.url} is given: the run starts a simulator of its own. */
  public boolean embedded() {
    return url.isEmpty();
  }

  /** The configured topic of {@code kind}; empty when not given. */
  public Optional<String> topic(TopicKind kind) {
    return Optional.ofNullable(topics.get(kind));
  }

  /** The key pair and, when given, the security token, for signing requests. */
  public Credentials credentials() {
    return new Credentials(accessKeyId, accessKeySecret, securityToken.orElse(null));
  }

  /**
   * A client of the simulator's admin API at {@code url}, carrying the admin token when one is
   * given.
   */
  public SimulatorAdminClient adminClient(String url) {
    return new SimulatorAdminClient(url, adminToken);
  }

  /** Without the secret and the tokens, so settings can be logged. */
  @Override
  public String toString() {
    return "TargetSettings[url="
        + url.orElse("(embedded simulator)")
        + ", accessKeyId="
        + accessKeyId
        + ", securityToken="
        + (securityToken.isPresent() ? "***" : "none")
        + ", instanceId="
        + instanceId.map(i -> i.isEmpty() ? "(none: no ns)" : i).orElse("(default)")
        + ", topics="
        + topics
        + ", primaryGroup="
        + primaryGroup.orElse("(none)")
        + ", secondaryGroup="
        + secondaryGroup.orElse("(none)")
        + ", asRealInstance="
        + asRealInstance
        + ", adminToken="
        + (adminToken.isPresent() ? "***" : "none")
        + "]";
  }

  private static boolean flag(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(
              TargetKey.AS_REAL_INSTANCE.property()
                  + " must be true or false, not '"
                  + value
                  + "'");
    };
  }
}
