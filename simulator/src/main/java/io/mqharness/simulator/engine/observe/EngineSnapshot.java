package io.mqharness.simulator.engine.observe;

import java.util.List;

/** The engine's state at one instant, instance by instance. */
public record EngineSnapshot(
    long nowMillis, long storedMessages, long maxStoredMessages, List<InstanceSnapshot> instances) {
  public EngineSnapshot {
    instances = List.copyOf(instances);
  }
}
