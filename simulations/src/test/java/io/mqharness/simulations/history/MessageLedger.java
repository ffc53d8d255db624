package io.mqharness.simulations.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The history of one run: every message id published (and whether it must be delivered), every
 * delivery seen. At the end it tells lost (expected, never delivered), duplicated (delivered more
 * than once), unexpected (delivered, never published by this run) and rolled back but delivered.
 * The ledgers of a scaled-out run's injectors add up into one ({@link #publications()}, {@link
 * #deliveries()}) before it is judged.
 *
 * <p>A publish that got no good answer (a 500, a reset, a timeout: faults) has no message id, yet
 * the service may have stored it (a timeout after the store, a reset after it on a real service).
 * Such a publish is recorded by its body's key ({@link #bodyKey}, every body of a run being
 * distinct): a delivery of an unknown id whose body has the key of such a publish is {@code
 * unconfirmedDelivered}, owed nothing and not unexpected either.
 */
public final class MessageLedger {
  public enum Fate {
    EXPECTED,
    ROLLED_BACK,
    UNDECIDED
  }

  /**
   * What was published under one message id: its kind ({@code normal}, ...; null when not told) and
   * its fate.
   */
  public record Publication(String kind, Fate fate) {}

  private final Map<String, Publication> published = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
  private final Set<String> unconfirmed = ConcurrentHashMap.newKeySet();
  private final Map<String, String> deliveredKeys = new ConcurrentHashMap<>();

  public void published(String messageId, Fate fate) {
    published(messageId, null, fate);
  }

  /**
   * {@code kind}: {@code normal}, {@code tagged} or {@code transactional} (MessageFactory's words).
   */
  public void published(String messageId, String kind, Fate fate) {
    published.put(messageId, new Publication(kind, fate));
  }

  public void delivered(String messageId) {
    delivered(messageId, 1);
  }

  /**
   * One delivery of {@code messageId}, whose body has the key {@code bodyKey} ({@link #bodyKey};
   * null: not told).
   */
  public void delivered(String messageId, String bodyKey) {
    if (bodyKey != null) {
      deliveredKeys.putIfAbsent(messageId, bodyKey);
    }
    delivered(messageId, 1);
  }

  /**
   * A publish of the body with key {@code bodyKey} that got no good answer: whether the service
   * stored it is unknown, so it is owed nothing, and a delivery of it is not unexpected.
   */
  public void unconfirmed(String bodyKey) {
    unconfirmed.add(bodyKey);
  }

  /** Publishes recorded as {@link #unconfirmed}. */
  public int unconfirmedCount() {
    return unconfirmed.size();
  }

  /**
   * The key of a body made by the harness's {@code MessageFactory}: the text before its first
   * {@code -} ({@code m42}, {@code i1m42}); the whole body when it has none.
   */
  public static String bodyKey(String body) {
    int dash = body == null ? -1 : body.indexOf('-');
    return dash < 0 ? body : body.substring(0, dash);
  }

  /**
   * {@code times} deliveries of one message id at once (a ledger merged from injectors' counts).
   */
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
    List<String> unconfirmedDelivered = new ArrayList<>();
    published.forEach(
        (id, publication) -> {
          Fate fate = publication.fate();
          boolean seen = deliveries.containsKey(id);
          if (fate == Fate.EXPECTED && !seen) {
            lost.add(id);
          } else if (fate == Fate.ROLLED_BACK && seen) {
            rolledBackDelivered.add(id);
          }
        });
    deliveries.forEach(
        (id, count) -> {
          if (count.get() > 1) {
            duplicated.add(id);
          }
          if (!published.containsKey(id)) {
            String key = deliveredKeys.get(id);
            (key != null && unconfirmed.contains(key) ? unconfirmedDelivered : unexpected).add(id);
          }
        });
    long expected = published.values().stream().filter(p -> p.fate() == Fate.EXPECTED).count();
    return new Verdict(
        published.size(),
        expected,
        deliveries.size(),
        lost,
        duplicated,
        unexpected,
        rolledBackDelivered,
        unconfirmedDelivered);
  }

  /**
   * Lost or rolled-back-but-delivered messages fail a run; duplicates are at-least-once delivery,
   * reported only; {@code unconfirmedDelivered} are deliveries of publishes that got no good answer
   * (stored all the same).
   */
  public record Verdict(
      long published,
      long expected,
      long deliveredDistinct,
      List<String> lost,
      List<String> duplicated,
      List<String> unexpected,
      List<String> rolledBackDelivered,
      List<String> unconfirmedDelivered) {

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
        problems.add(
            ids.size() + " message(s) " + what + ", e.g. " + ids.stream().limit(3).toList());
      }
    }
  }
}
