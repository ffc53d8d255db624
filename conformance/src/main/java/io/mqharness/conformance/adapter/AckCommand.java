package io.mqharness.conformance.adapter;

import java.util.List;
import java.util.Objects;

/** Receipt handles to ack, commit or roll back (commit and rollback take exactly one). */
public record AckCommand(
    String instanceId, String topic, String group, List<String> receiptHandles) {
  public AckCommand {
    instanceId = instanceId == null ? "" : instanceId;
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(group, "group");
    receiptHandles = List.copyOf(receiptHandles);
  }

  public static AckCommand of(String instanceId, String topic, String group, List<String> handles) {
    return new AckCommand(instanceId, topic, group, handles);
  }
}
