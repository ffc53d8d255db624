package io.mqharness.simulator.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The consumers waiting on one topic, oldest first: per group for normal and orderly consume (they
 * share the group's delivery state), and one queue for half pops, which any group may make.
 */
final class WaitingConsumers {
  private final Map<String, Set<Waiter>> byGroup = new LinkedHashMap<>();
  private final Set<Waiter> halfPops = new LinkedHashSet<>();

  public void add(Waiter waiter) {
    queueOf(waiter, true).add(waiter);
  }

  /** Returns false when the waiter was no longer waiting. */
  public boolean remove(Waiter waiter) {
    Set<Waiter> queue = queueOf(waiter, false);
    if (queue == null || !queue.remove(waiter)) {
      return false;
    }
    if (queue.isEmpty() && queue != halfPops) {
      byGroup.remove(waiter.request().group());
    }
    return true;
  }

  public boolean contains(Waiter waiter) {
    Set<Waiter> queue = queueOf(waiter, false);
    return queue != null && queue.contains(waiter);
  }

  /** The groups with waiting normal or orderly consumers. */
  public List<String> groups() {
    return List.copyOf(byGroup.keySet());
  }

  /**
   * One group's waiting consumers, oldest first, as they are: do not add or remove while iterating
   * it.
   */
  public Collection<Waiter> queueView(String group) {
    Set<Waiter> queue = byGroup.get(group);
    return queue == null ? List.of() : Collections.unmodifiableCollection(queue);
  }

  /** The waiting half pops, oldest first, as they are: do not add or remove while iterating it. */
  public Collection<Waiter> halfPopsView() {
    return Collections.unmodifiableCollection(halfPops);
  }

  public Collection<Waiter> all() {
    List<Waiter> all = new ArrayList<>(halfPops);
    byGroup.values().forEach(all::addAll);
    return all;
  }

  private Set<Waiter> queueOf(Waiter waiter, boolean create) {
    if (waiter.request().mode() == ConsumeMode.HALF) {
      return halfPops;
    }
    String group = waiter.request().group();
    return create ? byGroup.computeIfAbsent(group, g -> new LinkedHashSet<>()) : byGroup.get(group);
  }
}
