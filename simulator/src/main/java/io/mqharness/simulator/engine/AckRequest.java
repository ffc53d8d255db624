package io.mqharness.simulator.engine;

import java.util.List;
import java.util.Objects;

/**
 * An ack, commit or rollback of one or more receipt handles, as a group (possibly "" for Go's
 * commit quirk).
 */
public record AckRequest(TopicRef topic, String group, List<String> handles, AckMode mode) {
  public AckRequest {
    Objects.requireNonNull(topic, "topic");
    group = group == null ? "" : group;
    handles = List.copyOf(handles);
    Objects.requireNonNull(mode, "mode");
  }
}
