package io.mqharness.conformance.support.target;

import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.mock.SimulatorOptions;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The target of a run. No {@code target.url}: the embedded simulator with a virtual clock. Otherwise the endpoint
 * and credentials given, and, for a real instance, its topics and groups (simulators make up unique ones).
 * {@code target.asRealInstance=true} treats a standalone simulator as a real instance (configured topics and groups,
 * drained before each scenario, real time, no faults or journal), which is how that path is tried without a cloud account.
 */
public record TargetSettings(
    Optional<String> url,
    String accessKeyId,
    String accessKeySecret,
    String securityToken,
    String instanceId,
    Map<TopicKind, String> topics,
    String primaryGroup,
    String secondaryGroup,
    boolean asRealInstance) {

  public static final String DEFAULT_INSTANCE_ID = "MQ_INST_conformance";

  public static TargetSettings from(Settings settings) {
    Map<TopicKind, String> topics = new EnumMap<>(TopicKind.class);
    for (TopicKind kind : TopicKind.values()) {
      settings.get(kind.key()).ifPresent(name -> topics.put(kind, name));
    }
    return new TargetSettings(
        settings.get("target.url"),
        settings.get("target.accessKeyId", SimulatorOptions.DEFAULT_ACCESS_KEY_ID),
        settings.get("target.accessKeySecret", SimulatorOptions.DEFAULT_ACCESS_KEY_SECRET),
        settings.get("target.securityToken").orElse(null),
        settings.get("target.instanceId", DEFAULT_INSTANCE_ID),
        Map.copyOf(topics),
        settings.get("target.group.primary").orElse(null),
        settings.get("target.group.secondary").orElse(null),
        settings.get("target.asRealInstance").map(Boolean::parseBoolean).orElse(false));
  }

  public Endpoint endpoint(String url) {
    return new Endpoint(url, accessKeyId, accessKeySecret, securityToken);
  }
}
