package io.mqharness.simulator.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The topics on which something may have become deliverable since the last drain: a publish, a
 * commit, an ack that frees a partition, the end of an invisibility, of a timer or of a check
 * immunity. Before it unlocks, {@link EngineCore} has {@link LongPolls} serve the consumers waiting
 * on each of them (SPEC §2.6).
 */
final class WakeUps {
  private final Set<Topic> touched = new LinkedHashSet<>();

  /** Marks a topic whose waiting consumers may now be served. */
  void touch(Topic topic) {
    touched.add(topic);
  }

  /** The topics touched since the last drain, in the order first touched; forgets them. */
  List<Topic> drain() {
    List<Topic> out = new ArrayList<>(touched);
    touched.clear();
    return out;
  }

  void clear() {
    touched.clear();
  }
}
