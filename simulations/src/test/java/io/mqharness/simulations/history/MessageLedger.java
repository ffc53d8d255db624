package io.mqharness.simulations.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The history of one run: every message id published (and whether it must be delivered), every delivery seen.
 * At the end it tells lost (expected, never delivered), duplicated (delivered more than once), unexpected
 * (delivered, never published by this run) and rolled back but delivered. The ledgers of a scaled-out run's
 * injectors add up into one ({@link #publications()}, {@link #deliveries()}) before it is judged.
 */
public final class MessageLedger {
  public enum Fate { EXPECTED, ROLLED_BACK, UNDECIDED }

  /** What was published under one message id: its kind ({@code normal}, ...; null when not told) and its fate. */
  public record Publication(String kind, Fate fate) {}

  private final Map<String, Publication> published = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

  public void published(String messageId, Fate fate) {
    published(messageId, null, fate);
  }

  /** {@code kind}: {@code normal}, {@code tagged} or {@code transactional} (MessageFactory's words). */
  public void published(String messageId, String kind, Fate fate) {
    published.put(messageId, new Publication(kind, fate));
  }

  public void delivered(String messageId) {
    delivered(messageId, 1);
  }

  /** {@code times} deliveries of one message id at once (a ledger merged from injectors' counts). */
  public void delivered(String messageId, int times) {
    deliveries.computeIfAbsent(messageId, id -> new AtomicInteger()).addAndGet(times);
  }

  /** Every message id published so far, with its kind and fate (a copy). */
  public Map<String, Publication> publications() {
    return new LinkedHashMap<>(published);
  }

  /** Every message id delivered so far, with how many times (a copy). */
  public Map<String, Integer> deliveries() {
    Map<String, Integer> out = new LinkedHashMap<>();
    deliveries.forEach((id, count) -> out.put(id, count.get()));
    return out;
  }

  public Verdict verdict() {
    List<String> lost = new ArrayList<>();
    List<String> rolledBackDelivered = new ArrayList<>();
    List<String> duplicated = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    published.forEach((id, publication) -> {
      Fate fate = publication.fate();
      boolean seen = deliveries.containsKey(id);
      if (fate == Fate.EXPECTED && !seen) {
        lost.add(id);
      } else if (fate == Fate.ROLLED_BACK && seen) {
        rolledBackDelivered.add(id);
      }
    });
    deliveries.forEach((id, count) -> {
      if (count.get() > 1) {
        duplicated.add(id);
      }
      if (!published.containsKey(id)) {
        unexpected.add(id);
      }
    });
    long expected = published.values().stream().filter(p -> p.fate() == Fate.EXPECTED).count();
    return new Verdict(published.size(), expected, deliveries.size(), lost, duplicated, unexpected, rolledBackDelivered);
  }

  /** Lost or rolled-back-but-delivered messages fail a run; duplicates are at-least-once delivery, reported only. */
  public record Verdict(long published, long expected, long deliveredDistinct, List<String> lost,
      List<String> duplicated, List<String> unexpected, List<String> rolledBackDelivered) {

    public boolean passed() {
      return lost.isEmpty() && rolledBackDelivered.isEmpty();
    }

    public List<String> problems() {
      List<String> problems = new ArrayList<>();
      describe(problems, lost, "published and never delivered (lost)");
      describe(problems, rolledBackDelivered, "rolled back and still delivered");
      describe(problems, duplicated, "delivered more than once");
      describe(problems, unexpected, "delivered but never published by this run");
      return problems;
    }

    private static void describe(List<String> problems, List<String> ids, String what) {
      if (!ids.isEmpty()) {
        problems.add(ids.size() + " message(s) " + what + ", e.g. " + ids.stream().limit(3).toList());
      }
    }
  }
}
