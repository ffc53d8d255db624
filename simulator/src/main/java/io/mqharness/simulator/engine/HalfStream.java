package io.mqharness.simulator.engine;

import java.util.Collection;
import java.util.TreeMap;

/** A topic's undecided transactional messages, shared by every group that pops (SPEC §9 Q10). */
final class HalfStream {
  private final TreeMap<Long, HalfMessage> undecided = new TreeMap<>();
  private final TreeMap<Long, HalfMessage> checkable = new TreeMap<>();
  private boolean ageWatched;

  public void add(HalfMessage half) {
    undecided.put(half.message().seq(), half);
  }

  public HalfMessage get(long seq) {
    return undecided.get(seq);
  }

  /** Immunity or a re-check window ended: the message is offered to the next pop. */
  public void offer(HalfMessage half) {
    half.becomeCheckable();
    checkable.put(half.message().seq(), half);
  }

  /** Oldest first. */
  public Collection<HalfMessage> checkable() {
    return checkable.values();
  }

  public boolean hasCheckable() {
    return !checkable.isEmpty();
  }

  public void markPopped(HalfMessage half) {
    checkable.remove(half.message().seq());
  }

  /** Committed, rolled back or given up: no longer half. */
  public void decide(HalfMessage half) {
    undecided.remove(half.message().seq());
    checkable.remove(half.message().seq());
  }

  /** Undecided messages, oldest first (publish order). */
  Collection<HalfMessage> undecided() {
    return undecided.values();
  }

  /** Marks the stream's give-up deadline as scheduled; false when it already was. */
  boolean watchAge() {
    boolean first = !ageWatched;
    ageWatched = true;
    return first;
  }

  /** The give-up deadline ran: the next one is yet to be scheduled. */
  void ageWatchRan() {
    ageWatched = false;
  }

  public long count(HalfState state) {
    return undecided.values().stream().filter(h -> h.state() == state).count();
  }
}
