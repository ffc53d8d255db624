package io.mqharness.simulations.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The history of one run: every message id published (and whether it must be delivered), every delivery seen.
 * At the end it tells lost (expected, never delivered), duplicated (delivered more than once), unexpected
 * (delivered, never published by this run) and rolled back but delivered.
 */
public final class MessageLedger {
  public enum Fate { EXPECTED, ROLLED_BACK, UNDECIDED }

  private final Map<String, Fate> published = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

  public void published(String messageId, Fate fate) {
    published.put(messageId, fate);
  }

  public void delivered(String messageId) {
    deliveries.computeIfAbsent(messageId, id -> new AtomicInteger()).incrementAndGet();
  }

  public Verdict verdict() {
    List<String> lost = new ArrayList<>();
    List<String> rolledBackDelivered = new ArrayList<>();
    List<String> duplicated = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    published.forEach((id, fate) -> {
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
    long expected = published.values().stream().filter(f -> f == Fate.EXPECTED).count();
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
