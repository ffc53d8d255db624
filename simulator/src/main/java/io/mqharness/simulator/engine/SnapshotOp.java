package io.mqharness.simulator.engine;

import io.mqharness.simulator.engine.observe.EngineCounters;
import io.mqharness.simulator.engine.observe.EngineSnapshot;
import io.mqharness.simulator.engine.observe.GroupSnapshot;
import io.mqharness.simulator.engine.observe.HalfCounts;
import io.mqharness.simulator.engine.observe.InstanceSnapshot;
import io.mqharness.simulator.engine.observe.TopicSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the engine's state and counts into the plain records of the admin API ({@code GET
 * /__admin/mq/state}).
 */
record SnapshotOp(
    EngineSettings settings,
    EngineTime time,
    Topics topics,
    StoreCap store,
    Counters counters,
    LongPolls longPolls) {
  /** Every instance, topic and group with its message counts, as of now. */
  EngineSnapshot snapshot() {
    Map<String, List<TopicSnapshot>> byInstance = new LinkedHashMap<>();
    topics
        .all()
        .forEach(
            (ref, topic) ->
                byInstance
                    .computeIfAbsent(ref.instanceId(), i -> new ArrayList<>())
                    .add(topicSnapshot(ref, topic)));
    List<InstanceSnapshot> instances = new ArrayList<>();
    byInstance.forEach((id, list) -> instances.add(new InstanceSnapshot(id, list)));
    return new EngineSnapshot(time.now(), store.stored(), settings.maxStoredMessages(), instances);
  }

  /** The counts since start or the last reset, and the consumers waiting now. */
  EngineCounters readCounters() {
    return counters.read(longPolls.waiting());
  }

  private TopicSnapshot topicSnapshot(TopicRef ref, Topic topic) {
    HalfCounts half =
        new HalfCounts(
            topic.halves().count(HalfState.HALF_IMMUNE),
            topic.halves().count(HalfState.HALF_CHECKABLE),
            topic.halves().count(HalfState.HALF_CHECKING));
    List<GroupSnapshot> groups =
        topic.groups().stream()
            .map(
                g ->
                    new GroupSnapshot(
                        g.name(),
                        g.readyCount(),
                        g.invisibleCount(),
                        g.ackedCount(),
                        g.deadCount()))
            .toList();
    return new TopicSnapshot(
        ref.topic(),
        topics.isDeclared(ref),
        topic.retained(),
        topic.delayedCount(),
        half,
        topic.rolledBack(),
        groups);
  }
}
