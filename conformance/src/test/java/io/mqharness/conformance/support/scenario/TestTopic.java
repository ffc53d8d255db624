package io.mqharness.conformance.support.scenario;

import io.mqharness.conformance.adapter.AckCommand;
import io.mqharness.conformance.adapter.ConsumeCommand;
import io.mqharness.conformance.adapter.PublishCommand;
import java.util.List;

/** One topic of the target as a scenario uses it, with shorthands for the commands on it. */
public record TestTopic(String instanceId, String name) {
  public PublishCommand message(String body) {
    return PublishCommand.of(instanceId, name, body);
  }

  /** A short poll (no wait). */
  public ConsumeCommand consume(String group, int numOfMessages) {
    return ConsumeCommand.of(instanceId, name, group, numOfMessages, 0);
  }

  public ConsumeCommand longPoll(String group, int numOfMessages, int waitSeconds) {
    return ConsumeCommand.of(instanceId, name, group, numOfMessages, waitSeconds);
  }

  public AckCommand handles(String group, List<String> receiptHandles) {
    return AckCommand.of(instanceId, name, group, receiptHandles);
  }

  public AckCommand handle(String group, String receiptHandle) {
    return handles(group, List.of(receiptHandle));
  }

  /** The resource path every request on this topic uses (SPEC §2.1). */
  public String path() {
    return "/topics/" + name + "/messages";
  }
}
