package io.mqharness.simulator.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * A consume, orderly consume or half pop. {@code waitTime} is the long-poll time (zero = answer at
 * once); the tag filter is ignored for half pops.
 */
public record ConsumeRequest(
    TopicRef topic,
    String group,
    int numOfMessages,
    Duration waitTime,
    TagFilter tagFilter,
    ConsumeMode mode) {
  public ConsumeRequest {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(group, "group");
    waitTime = waitTime == null ? Duration.ZERO : waitTime;
    tagFilter = tagFilter == null ? TagFilter.any() : tagFilter;
    mode = mode == null ? ConsumeMode.NORMAL : mode;
  }
}
