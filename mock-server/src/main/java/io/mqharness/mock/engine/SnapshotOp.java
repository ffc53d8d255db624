package io.mqharness.mock.engine;

import io.mqharness.mock.engine.observe.EngineSnapshot;
import io.mqharness.mock.engine.observe.GroupSnapshot;
import io.mqharness.mock.engine.observe.HalfCounts;
import io.mqharness.mock.engine.observe.InstanceSnapshot;
import io.mqharness.mock.engine.observe.TopicSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the engine's state into plain records for the admin API. */
final class SnapshotOp {
  private final EngineContext ctx;

  public SnapshotOp(EngineContext ctx) {
    this.ctx = ctx;
  }

  public EngineSnapshot snapshot() {
    Map<String, List<TopicSnapshot>> byInstance = new LinkedHashMap<>();
    ctx.topics().forEach((ref, topic) ->
        byInstance.computeIfAbsent(ref.instanceId(), i -> new ArrayList<>()).add(topicSnapshot(ref, topic)));
    List<InstanceSnapshot> instances = new ArrayList<>();
    byInstance.forEach((id, topics) -> instances.add(new InstanceSnapshot(id, topics)));
    return new EngineSnapshot(ctx.now(), ctx.stored(), ctx.settings().maxStoredMessages(), instances);
  }

  private TopicSnapshot topicSnapshot(TopicRef ref, Topic topic) {
    HalfCounts half = new HalfCounts(
        topic.halves().count(HalfState.HALF_IMMUNE),
        topic.halves().count(HalfState.HALF_CHECKABLE),
        topic.halves().count(HalfState.HALF_CHECKING));
    List<GroupSnapshot> groups = topic.groups().stream()
        .map(g -> new GroupSnapshot(g.name(), g.readyCount(), g.invisibleCount(), g.ackedCount(), g.deadCount()))
        .toList();
    return new TopicSnapshot(
        ref.topic(), ctx.isDeclared(ref), topic.retained(), topic.delayedCount(), half, topic.rolledBack(), groups);
  }
}
