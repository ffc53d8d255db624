package io.mqharness.simulator.wiremock.journal;

import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * WireMock's request journal, in memory, newest first, holding at most {@code maxEntries} serve
 * events: the oldest is dropped when one more is added. What a request costs the journal ({@link
 * #add}, then {@link #put} when its answer is sent) is constant, whatever the number of entries;
 * WireMock's own in-memory store scans every entry on both (it counts the entries to trim them, and
 * looks the id up in a list to update it), which at 10,000 entries cost the simulator most of its
 * throughput. Reading the journal ({@code verify}, the admin API) walks the entries as before.
 *
 * <p>Thread-safe. Entries removed by id (the admin API) leave their id in the order list until it
 * reaches the tail, where it is skipped.
 */
public final class BoundedRequestJournalStore implements RequestJournalStore {
  private final int maxEntries;
  private final ConcurrentLinkedDeque<UUID> newestFirst = new ConcurrentLinkedDeque<>();
  private final ConcurrentHashMap<UUID, ServeEvent> events = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();

  /**
   * A store of at most {@code maxEntries} (at least 1) serve events; throws
   * IllegalArgumentException below 1.
   */
  public BoundedRequestJournalStore(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("a journal holds at least 1 entry, got " + maxEntries);
    }
    this.maxEntries = maxEntries;
  }

  /**
   * Records a request WireMock has matched, dropping the oldest entries beyond {@code maxEntries}.
   */
  @Override
  public void add(ServeEvent event) {
    events.put(event.getId(), event);
    newestFirst.addFirst(event.getId());
    if (size.incrementAndGet() > maxEntries) {
      trim();
    }
  }

  /** Drops the oldest entry. */
  @Override
  public void removeLast() {
    for (UUID id = newestFirst.pollLast(); id != null; id = newestFirst.pollLast()) {
      if (events.remove(id) != null) {
        size.decrementAndGet();
        return;
      }
    }
  }

  /** The serve events, newest first. */
  @Override
  public Stream<ServeEvent> getAll() {
    return newestFirst.stream().map(events::get).filter(Objects::nonNull);
  }

  @Override
  public Stream<UUID> getAllKeys() {
    return getAll().map(ServeEvent::getId);
  }

  @Override
  public Optional<ServeEvent> get(UUID id) {
    return Optional.ofNullable(events.get(id));
  }

  /**
   * Replaces an entry still held (WireMock does so once the answer is sent); an entry already
   * dropped stays out.
   */
  @Override
  public void put(UUID id, ServeEvent event) {
    events.computeIfPresent(id, (key, previous) -> event);
  }

  @Override
  public void remove(UUID id) {
    if (events.remove(id) != null) {
      size.decrementAndGet();
    }
  }

  @Override
  public void clear() {
    newestFirst.clear();
    events.clear();
    size.set(0);
  }

  /** How many entries the store holds now. */
  public int size() {
    return size.get();
  }

  private void trim() {
    while (size.get() > maxEntries && !newestFirst.isEmpty()) {
      removeLast();
    }
  }
}
