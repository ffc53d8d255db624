package io.mqharness.simulator.engine.observe;

import java.util.List;

/**
 * One topic: {@code retained} messages in its log (of which {@code delayed} still wait for their
 * timer), its undecided transactional messages, how many were rolled back (or given up), and its
 * groups.
 */
public record TopicSnapshot(
    String topic,
    boolean declared,
    long retained,
    long delayed,
    HalfCounts half,
    long rolledBack,
    List<GroupSnapshot> groups) {
  public TopicSnapshot {
    groups = List.copyOf(groups);
  }
}
