package io.mqharness.simulator.engine;

import java.util.OptionalLong;
import java.util.PriorityQueue;

/**
 * Every protocol deadline (an invisibility ending, a timer message falling due, a check immunity or
 * re-check window ending, a half message growing too old), in time order. The engine runs what is
 * due before each operation and keeps one clock timer on the earliest entry. Entries are never
 * removed early: each action checks that what it was scheduled for still holds. An entry keeps what
 * its action refers to alive until it runs, so a deadline far ahead is kept per topic, not per
 * message (the give-up of half messages, {@link Transactions}).
 */
final class Agenda {
  private final PriorityQueue<Entry> entries = new PriorityQueue<>();
  private long added;

  public void at(long epochMillis, Runnable action) {
    entries.add(new Entry(epochMillis, added++, action));
  }

  /** Runs, in time order, every entry due at or before {@code now}. */
  public void runDue(long now) {
    while (!entries.isEmpty() && entries.peek().at <= now) {
      entries.poll().action.run();
    }
  }

  public OptionalLong next() {
    return entries.isEmpty() ? OptionalLong.empty() : OptionalLong.of(entries.peek().at);
  }

  public void clear() {
    entries.clear();
  }

  private record Entry(long at, long order, Runnable action) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      int byTime = Long.compare(at, other.at);
      return byTime != 0 ? byTime : Long.compare(order, other.order);
    }
  }
}
