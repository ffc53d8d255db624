package io.mqharness.simulator.engine.observe;

import java.util.List;

/** The topics of one instance ({@code instanceId} "" for the default instance). */
public record InstanceSnapshot(String instanceId, List<TopicSnapshot> topics) {
  public InstanceSnapshot {
    topics = List.copyOf(topics);
  }
}
