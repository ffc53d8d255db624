package io.mqharness.simulator.engine;

import java.util.Objects;

/** A topic within an instance; {@code instanceId} is "" for a default instance (no {@code ns}). */
public record TopicRef(String instanceId, String topic) {
  public TopicRef {
    instanceId = instanceId == null ? "" : instanceId;
    Objects.requireNonNull(topic, "topic");
  }
}
