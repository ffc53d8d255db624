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

  /**
   * The one receipt handle of a commit or a rollback (SPEC §6.5).
   *
   * @throws IllegalArgumentException when the command carries other than exactly one handle
   */
  public String singleHandle() {
    if (receiptHandles.size() != 1) {
      throw new IllegalArgumentException("commit and rollback take exactly one receipt handle");
    }
    return receiptHandles.get(0);
  }
}
