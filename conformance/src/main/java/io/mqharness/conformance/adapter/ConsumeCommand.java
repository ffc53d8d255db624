package io.mqharness.conformance.adapter;

import java.util.Objects;

/**
 * A consume or half pop as group {@code group}; {@code tag} filters ({@code A||B}) or is null;
 * {@code waitSeconds} 0 means a short poll.
 */
public record ConsumeCommand(
    String instanceId,
    String topic,
    String group,
    String tag,
    int numOfMessages,
    int waitSeconds,
    boolean orderly) {
  public ConsumeCommand {
    instanceId = instanceId == null ? "" : instanceId;
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(group, "group");
  }

  public static ConsumeCommand of(
      String instanceId, String topic, String group, int numOfMessages, int waitSeconds) {
    return new ConsumeCommand(instanceId, topic, group, null, numOfMessages, waitSeconds, false);
  }

  public ConsumeCommand withTag(String t) {
    return new ConsumeCommand(instanceId, topic, group, t, numOfMessages, waitSeconds, orderly);
  }

  public ConsumeCommand inOrder() {
    return new ConsumeCommand(instanceId, topic, group, tag, numOfMessages, waitSeconds, true);
  }
}
